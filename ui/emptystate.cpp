#include "emptystate.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

namespace Gatehouse::Ui {

EmptyState::EmptyState(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_button(new QPushButton(this))
{
    // A centred column of bounded width, so the sentence wraps to a readable measure.
    auto *outer = new QHBoxLayout(this);
    auto *column = new QWidget(this);
    column->setMaximumWidth(540);
    column->setMinimumWidth(320);
    outer->addStretch(1);
    outer->addWidget(column, 4);
    outer->addStretch(1);

    auto *layout = new QVBoxLayout(column);
    layout->setSpacing(12);
    layout->addStretch(2);
    m_icon->setParent(column);
    m_icon->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_icon);

    m_title->setParent(column);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);

    m_text->setParent(column);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_text->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_text);

    m_button->setParent(column);
    m_button->setVisible(false);
    m_button->setDefault(true);
    m_button->setMinimumWidth(160);
    layout->addSpacing(6);
    layout->addWidget(m_button, 0, Qt::AlignHCenter);
    layout->addStretch(3);

    connect(m_button, &QPushButton::clicked, this, &EmptyState::actionTriggered);
}

void EmptyState::setIcon(const QIcon &icon)
{
    // Style icons may come only in small sizes; scale the largest one up.
    const QSize available = icon.actualSize(QSize(128, 128));
    QPixmap pixmap = icon.pixmap(available);
    if (!pixmap.isNull() && pixmap.width() != 64)
        pixmap = pixmap.scaled(64, 64, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    m_icon->setPixmap(pixmap);
}

void EmptyState::setTitle(const QString &title)
{
    m_title->setText(title);
}

void EmptyState::setText(const QString &text)
{
    m_text->setText(text);
}

void EmptyState::setActionText(const QString &text)
{
    m_button->setText(text);
    m_button->setVisible(!text.isEmpty());
}

} // namespace Gatehouse::Ui
