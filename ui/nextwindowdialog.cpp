#include "nextwindowdialog.h"

#include "calendarstyle.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Gatehouse::Ui {

using Models::Conflict;
using Models::WindowProposal;

NextWindowDialog::NextWindowDialog(const Models::ChangeRequest &change, const QTimeZone &displayZone, QWidget *parent)
    : QDialog(parent)
    , m_change(change)
    , m_zone(displayZone)
    , m_summary(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_detail(new QLabel(this))
    , m_choose(new QPushButton(tr("Reschedule to this window"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Next safe window for #%1").arg(change.id));
    setObjectName(QStringLiteral("nextWindowDialog"));
    resize(760, 460);
    auto *layout = new QVBoxLayout(this);

    const qint64 minutes = change.windowStart.secsTo(change.windowEnd) / 60;
    m_summary->setWordWrap(true);
    m_summary->setText(tr("<b>#%1 %2</b><br>%3 on %4, %5 h %6 min. Now planned for %7.")
                           .arg(change.id)
                           .arg(change.title.toHtmlEscaped())
                           .arg(Models::toString(change.type), change.environment.toHtmlEscaped())
                           .arg(minutes / 60)
                           .arg(minutes % 60, 2, 10, QLatin1Char('0'))
                           .arg(CalendarStyle::formatWindow(change.windowStart, change.windowEnd, m_zone).toHtmlEscaped()));
    layout->addWidget(m_summary);

    m_list->setObjectName(QStringLiteral("proposalList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setHeaderLabels({tr("Window"), tr("Maintenance window"), tr("Worst impact"), tr("Sites busy"),
                             tr("Soft conflicts")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(m_list, 1);

    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setMinimumHeight(80);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(m_detail);

    m_choose->setEnabled(false);
    m_choose->setDefault(true);
    m_buttons->addButton(m_choose, QDialogButtonBox::AcceptRole);
    layout->addWidget(m_buttons);

    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] { updateDetail(); });
    connect(m_list, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { choose(m_list->indexOfTopLevelItem(item)); });
    connect(m_choose, &QPushButton::clicked, this,
            [this] { choose(m_list->indexOfTopLevelItem(m_list->currentItem())); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_detail->setText(tr("Searching…"));
}

void NextWindowDialog::setProposals(const QList<WindowProposal> &proposals)
{
    m_proposals = proposals;
    m_list->clear();
    const QTimeZone planned(m_change.windowTimeZone.toUtf8());
    for (const WindowProposal &proposal : proposals) {
        QString window = CalendarStyle::formatWindow(proposal.start, proposal.end, m_zone);
        if (planned.isValid() && planned != m_zone)
            window += QStringLiteral("  (") + CalendarStyle::formatWindow(proposal.start, proposal.end, planned)
                + QLatin1Char(')');
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, window);
        item->setText(1, proposal.insideMaintenanceWindow ? tr("inside") : tr("outside"));
        item->setText(2, Models::toString(proposal.worstImpact));
        item->setText(3, QString::number(proposal.sitesInBusinessHours));
        item->setText(4, QString::number(proposal.softConflicts.size()));
        item->setToolTip(0, proposal.explanation);
    }
    for (int column = 1; column < m_list->columnCount(); ++column)
        m_list->resizeColumnToContents(column);
    if (!proposals.isEmpty()) {
        m_list->setCurrentItem(m_list->topLevelItem(0));
        m_list->setFocus();
    } else {
        m_detail->setText(tr("No window without a hard conflict was found in the searched range."));
    }
    m_choose->setEnabled(!proposals.isEmpty());
}

void NextWindowDialog::updateDetail()
{
    const int index = m_list->indexOfTopLevelItem(m_list->currentItem());
    if (index < 0 || index >= m_proposals.size()) {
        m_detail->clear();
        return;
    }
    const WindowProposal &proposal = m_proposals[index];
    QString html = QStringLiteral("<b>") + proposal.explanation.toHtmlEscaped() + QStringLiteral("</b>");
    for (const Conflict &conflict : proposal.softConflicts)
        html += QStringLiteral("<br>&nbsp;\u2022 ") + conflict.message.toHtmlEscaped();
    m_detail->setText(html);
}

void NextWindowDialog::choose(int index)
{
    if (index < 0 || index >= m_proposals.size())
        return;
    Q_EMIT proposalChosen(m_change.id, m_proposals[index].start, m_proposals[index].end);
    accept();
}

} // namespace Gatehouse::Ui
