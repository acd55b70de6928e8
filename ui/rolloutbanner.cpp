#include "rolloutbanner.h"

#include <QLabel>

#include <algorithm>

namespace Gatehouse::Ui {

RolloutBanner::RolloutBanner(QWidget *parent, bool holdHeight)
    : QWidget(parent), m_label(new QLabel(this)), m_holdHeight(holdHeight)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_label->setWordWrap(true);
    fit(true);
}

QString RolloutBanner::text() const
{
    return m_label->text();
}

void RolloutBanner::setText(const QString &text)
{
    if (m_label->text() == text)
        return;
    m_label->setText(text);
    fit(!m_holdHeight);
}

void RolloutBanner::setLabelStyleSheet(const QString &style)
{
    if (m_label->styleSheet() == style)
        return;
    m_label->setStyleSheet(style);
    fit(!m_holdHeight);
}

void RolloutBanner::releaseHeight()
{
    fit(true);
}

QSize RolloutBanner::sizeHint() const
{
    return {m_label->sizeHint().width(), m_height};
}

QSize RolloutBanner::minimumSizeHint() const
{
    return {0, m_height};
}

void RolloutBanner::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_label->setGeometry(rect());
    fit(width() != m_width || !m_holdHeight);
}

void RolloutBanner::fit(bool mayShrink)
{
    int wanted = 0;
    if (!m_label->text().isEmpty()) {
        const int forWidth = m_label->heightForWidth(std::max(1, width()));
        wanted = forWidth > 0 ? forWidth : m_label->sizeHint().height();
    }
    if (m_holdHeight || !m_label->text().isEmpty()) {
        const QMargins margins = m_label->contentsMargins();
        wanted = std::max(wanted, m_label->fontMetrics().height() + 2 * m_label->margin() + margins.top() + margins.bottom());
    }
    if (!mayShrink)
        wanted = std::max(wanted, m_height);
    m_width = width();
    if (wanted == m_height)
        return;
    m_height = wanted;
    // Only now is the window laid out again: the text's height changed.
    updateGeometry();
}

} // namespace Gatehouse::Ui
