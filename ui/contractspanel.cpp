#include "ui/contractspanel.h"

#include "services/contractchecker.h"
#include "ui/futurecallback.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QStandardItemModel>
#include <QStyle>
#include <QTreeView>
#include <QVBoxLayout>

namespace Gatehouse::Ui {

namespace {

using Status = Models::IntegrationContractResult::Status;

QIcon iconFor(Status status)
{
    QStyle *style = QApplication::style();
    switch (status) {
    case Status::Ok:
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    case Status::Broken:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case Status::Unknown:
        break;
    }
    return style->standardIcon(QStyle::SP_MessageBoxQuestion);
}

} // namespace

ContractsPanel::ContractsPanel(Services::ContractChecker *checker, QWidget *parent)
    : QWidget(parent)
    , m_checker(checker ? checker : new Services::ContractChecker(this))
    , m_header(new QLabel(this))
    , m_refresh(new QPushButton(tr("Check contracts"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_view(new QTreeView(this))
    , m_model(new QStandardItemModel(this))
{
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    m_refresh->setToolTip(tr("Read the environment's Odoo database and check every contract (F5)"));
    m_model->setHorizontalHeaderLabels({tr("Integration / finding"), tr("Status"), tr("Contract line")});
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(false);
    m_view->setWordWrap(true);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(false);

    auto *top = new QHBoxLayout;
    top->addWidget(m_header, 1);
    top->addWidget(m_progress);
    top->addWidget(m_cancel);
    top->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);

    connect(m_refresh, &QPushButton::clicked, this, &ContractsPanel::refresh);
    connect(m_cancel, &QPushButton::clicked, this, &ContractsPanel::cancel);
    auto *shortcut = new QShortcut(QKeySequence::Refresh, this);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, &ContractsPanel::refresh);
    updateHeader();
}

ContractsPanel::~ContractsPanel()
{
    m_future.cancel();
}

void ContractsPanel::setEstate(Models::EstatePtr estate)
{
    m_estate = std::move(estate);
    updateHeader();
}

void ContractsPanel::setEnvironment(const QString &environment)
{
    if (environment == m_environment)
        return;
    cancel();
    m_environment = environment;
    m_report = {};
    m_model->removeRows(0, m_model->rowCount());
    updateHeader();
}

void ContractsPanel::refresh()
{
    if (!m_estate || m_environment.isEmpty())
        return;
    m_future.cancel();
    const quint64 generation = ++m_generation;
    setChecking(true);
    m_future = m_checker->check(m_estate, m_environment);
    whenFinished(
        m_future, this,
        [this, generation](const Models::ContractReport &report) {
            if (generation != m_generation)
                return;
            setChecking(false);
            showReport(report);
        },
        [this, generation] {
            if (generation == m_generation)
                setChecking(false);
        });
}

void ContractsPanel::cancel()
{
    if (!m_checking)
        return;
    ++m_generation;
    m_future.cancel();
    setChecking(false);
}

void ContractsPanel::setChecking(bool checking)
{
    if (checking == m_checking)
        return;
    m_checking = checking;
    m_progress->setVisible(checking);
    m_cancel->setVisible(checking);
    m_refresh->setEnabled(!checking);
    updateHeader();
    Q_EMIT checkingChanged(checking);
}

void ContractsPanel::updateHeader()
{
    if (!m_estate || m_environment.isEmpty()) {
        m_header->setText(tr("Choose an environment to check its integrations' data contracts."));
        return;
    }
    if (m_checking) {
        m_header->setText(tr("Checking the data contracts of %1…").arg(m_environment));
        return;
    }
    if (m_report.environment.isEmpty()) {
        m_header->setText(tr("Data contracts of %1 have not been checked yet.").arg(m_environment));
        return;
    }
    const QString when = QLocale().toString(m_report.evaluatedAt.toLocalTime(), QLocale::ShortFormat);
    m_header->setText(m_report.toGateResult().summary + QLatin1Char(' ')
                      + tr("Checked %1 against %2.").arg(when, m_report.source));
}

void ContractsPanel::showReport(const Models::ContractReport &report)
{
    m_report = report;
    m_model->removeRows(0, m_model->rowCount());
    for (const Models::IntegrationContractResult &r : report.integrations) {
        auto *name = new QStandardItem(r.displayName == r.integration
                                           ? r.integration
                                           : r.displayName + QStringLiteral(" (") + r.integration + QLatin1Char(')'));
        name->setData(r.integration, Qt::UserRole);
        QString word;
        switch (r.status) {
        case Status::Ok:
            word = tr("OK");
            break;
        case Status::Broken:
            word = tr("Broken");
            break;
        case Status::Unknown:
            word = tr("Unknown");
            break;
        }
        auto *status = new QStandardItem(iconFor(r.status), word);
        status->setToolTip(r.status == Status::Unknown ? r.reason : word);
        auto *where = new QStandardItem(r.location.toString());
        for (QStandardItem *item : {name, status, where})
            item->setEditable(false);
        if (r.status == Status::Unknown) {
            auto *reason = new QStandardItem(r.reason);
            reason->setEditable(false);
            name->appendRow({reason, new QStandardItem, new QStandardItem});
        }
        for (const Models::ContractFinding &f : r.findings) {
            auto *message = new QStandardItem(f.message);
            message->setToolTip(f.message);
            auto *severity = new QStandardItem(
                QApplication::style()->standardIcon(f.isBreaking() ? QStyle::SP_MessageBoxCritical
                                                                   : QStyle::SP_MessageBoxWarning),
                f.isBreaking() ? tr("Breaks") : tr("Warning"));
            auto *line = new QStandardItem(f.location.toString());
            for (QStandardItem *item : {message, severity, line})
                item->setEditable(false);
            name->appendRow({message, severity, line});
        }
        m_model->appendRow({name, status, where});
        if (r.status != Status::Ok)
            m_view->expand(name->index());
    }
    updateHeader();
    Q_EMIT reportReady(report);
    Q_EMIT contractStatusChanged(report.toIntegrationGateResults());
}

} // namespace Gatehouse::Ui
