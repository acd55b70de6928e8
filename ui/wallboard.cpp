#include "wallboard.h"

#include "environmentscarddelegate.h"
#include "environmentsoverviewmodel.h"

#include <QKeyEvent>
#include <QPainter>
#include <QStyleOptionViewItem>

namespace Gatehouse::Ui {

Wallboard::Wallboard(EnvironmentsOverviewModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_delegate(new EnvironmentsCardDelegate(this))
{
    setWindowTitle(tr("Gatehouse wall board"));
    setAttribute(Qt::WA_DeleteOnClose);
    setFocusPolicy(Qt::StrongFocus);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Window);
    m_timer.setInterval(std::chrono::milliseconds(10000));
    connect(&m_timer, &QTimer::timeout, this, &Wallboard::next);
    m_timer.start();
    // Repaint when what is shown changes; cheap, as only one card is drawn.
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft) {
        if (topLeft.row() == m_row)
            update();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_row = 0;
        update();
    });
}

void Wallboard::setCycleInterval(std::chrono::milliseconds interval)
{
    if (interval.count() <= 0) {
        m_timer.stop();
        return;
    }
    m_timer.setInterval(interval);
    m_timer.start();
}

void Wallboard::showRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_row = row;
    update();
}

void Wallboard::next()
{
    const int rows = m_model->rowCount();
    if (rows > 0)
        showRow((m_row + 1) % rows);
}

void Wallboard::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Window));
    const int rows = m_model->rowCount();
    QFont footerFont = font();
    footerFont.setPointSizeF(footerFont.pointSizeF() * 1.6);
    if (rows == 0) {
        painter.setFont(footerFont);
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(rect(), Qt::AlignCenter, tr("No environments in the estate."));
        return;
    }
    QStyleOptionViewItem option;
    option.initFrom(this);
    option.font = font();
    option.state &= ~QStyle::State_HasFocus;
    const QModelIndex index = m_model->index(m_row, 0);
    // Scale the card to fill the screen, keeping its proportions.
    m_delegate->setScale(1.0);
    const QSize base = m_delegate->sizeHint(option, index);
    const QFontMetrics footerMetrics(footerFont);
    const QRect area = rect().adjusted(40, 30, -40, -30 - footerMetrics.height() * 2);
    const double scale = std::max(1.0, std::min(double(area.width()) / base.width(), double(area.height()) / base.height()));
    m_delegate->setScale(scale);
    const QSize size = m_delegate->sizeHint(option, index);
    option.rect = QRect(QPoint(area.center().x() - size.width() / 2, area.center().y() - size.height() / 2), size);
    m_delegate->paint(&painter, option, index);

    painter.setFont(footerFont);
    painter.setPen(palette().color(QPalette::PlaceholderText));
    const QString footer = tr("Environment %1 of %2 · next every %3 s · Esc leaves")
                               .arg(m_row + 1)
                               .arg(rows)
                               .arg(m_timer.interval() / 1000);
    painter.drawText(QRect(0, height() - footerMetrics.height() * 2, width(), footerMetrics.height() * 2),
                     Qt::AlignCenter, footer);
}

void Wallboard::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Escape:
    case Qt::Key_Q:
        Q_EMIT left();
        close();
        return;
    case Qt::Key_Right:
    case Qt::Key_Space:
        next();
        return;
    case Qt::Key_Left:
        showRow((m_row - 1 + m_model->rowCount()) % std::max(1, m_model->rowCount()));
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

} // namespace Gatehouse::Ui
