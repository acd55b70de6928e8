#include "changespage.h"

#include "changefilterproxymodel.h"
#include "emptystate.h"
#include "futurecallback.h"
#include "newchangedialog.h"

#include "plural.h"

#include "models/changerequestmodel.h"
#include "models/impactanalysis.h"
#include "services/controlstore.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Gatehouse::Ui {

using namespace Gatehouse::Models;
using Services::ControlStore;

namespace {

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style='padding:2px 12px 2px 0; white-space:nowrap'><b>") + label.toHtmlEscaped()
        + QStringLiteral("</b></td><td style='padding:2px 0'>") + value.toHtmlEscaped() + QStringLiteral("</td></tr>");
}

QString utcText(const QDateTime &utc)
{
    return utc.isValid() ? utc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC")
                         : QString();
}

} // namespace

ChangesPage::ChangesPage(ControlStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new ChangeRequestModel(this))
    , m_proxy(new ChangeFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_newButton(new QPushButton(tr("&New change…"), this))
    , m_status(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyState(this))
    , m_view(new QTableView(this))
    , m_detailTitle(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_audit(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("changesPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);

    auto *bar = new QHBoxLayout;
    m_filter->setObjectName(QStringLiteral("changeFilter"));
    m_filter->setPlaceholderText(tr("Filter changes by title, environment, state or requester (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    bar->addWidget(m_filter, 1);
    m_status->setObjectName(QStringLiteral("changesStatus"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    bar->addWidget(m_status);
    m_newButton->setObjectName(QStringLiteral("newChangeButton"));
    m_newButton->setIcon(style()->standardIcon(QStyle::SP_FileIcon));
    m_newButton->setToolTip(tr("Draft a new change request (Ctrl+N)"));
    bar->addWidget(m_newButton);
    layout->addLayout(bar);

    m_proxy->setSourceModel(m_model);

    m_view->setObjectName(QStringLiteral("changesView"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->sortByColumn(ChangeRequestModel::IdColumn, Qt::DescendingOrder);
    m_view->setColumnWidth(ChangeRequestModel::IdColumn, 60);
    m_view->setColumnWidth(ChangeRequestModel::TitleColumn, 260);
    m_view->setColumnWidth(ChangeRequestModel::EnvironmentColumn, 115);
    m_view->setColumnWidth(ChangeRequestModel::TypeColumn, 85);
    m_view->setColumnWidth(ChangeRequestModel::StateColumn, 85);
    m_view->setColumnWidth(ChangeRequestModel::WindowColumn, 290);
    m_view->setColumnWidth(ChangeRequestModel::RequesterColumn, 110);

    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(12, 0, 0, 0);
    QFont titleFont = m_detailTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_detailTitle->setFont(titleFont);
    m_detailTitle->setWordWrap(true);
    m_detailTitle->setObjectName(QStringLiteral("changeTitle"));
    detailLayout->addWidget(m_detailTitle);
    m_detail->setObjectName(QStringLiteral("changeDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::RichText);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    detailLayout->addWidget(m_detail);
    auto *auditHeader = new QLabel(tr("Audit trail"), detail);
    QFont bold = auditHeader->font();
    bold.setBold(true);
    auditHeader->setFont(bold);
    detailLayout->addWidget(auditHeader);
    m_audit->setObjectName(QStringLiteral("auditList"));
    m_audit->setRootIsDecorated(false);
    m_audit->setAlternatingRowColors(true);
    m_audit->setHeaderLabels({tr("When (UTC)"), tr("Who"), tr("What"), tr("Detail")});
    m_audit->setColumnWidth(0, 140);
    m_audit->setColumnWidth(1, 100);
    m_audit->setColumnWidth(2, 130);
    detailLayout->addWidget(m_audit, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_view);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    m_empty->setObjectName(QStringLiteral("changesEmptyState"));
    connect(m_empty, &EmptyState::actionTriggered, this, [this] { newChange(); });
    m_stack->addWidget(m_empty);
    m_stack->addWidget(splitter);
    layout->addWidget(m_stack, 1);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        // Keep the selected change selected when it is still (or again) visible.
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            m_selectedId = current.data(ChangeRequestModel::ChangeIdRole).toLongLong();
        m_proxy->setFilterFixedString(text);
        const int sourceRow = m_model->rowOf(m_selectedId);
        const QModelIndex index = sourceRow < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(sourceRow, 0));
        if (index.isValid())
            m_view->setCurrentIndex(index);
    });
    connect(m_newButton, &QPushButton::clicked, this, [this] { newChange(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ChangesPage::updateDetail);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ChangesPage::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ChangesPage::updateEmptyState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ChangesPage::updateEmptyState);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] { updateDetail(); });

    if (m_store) {
        connect(m_store, &ControlStore::changesChanged, this, &ChangesPage::refresh);
        connect(m_store, &ControlStore::connectionStateChanged, this,
                [this](ControlStore::ConnectionState state, const QString &detailText) {
                    if (state == ControlStore::ConnectionState::Connected) {
                        m_lastError.clear();
                        refresh();
                    } else if (state == ControlStore::ConnectionState::Failed) {
                        m_lastError = detailText;
                        settle(false);
                    }
                    updateEmptyState();
                });
        if (m_store->connectionState() == ControlStore::ConnectionState::Connected)
            refresh();
    }
    updateDetail();
    updateEmptyState();
}

ChangesPage::~ChangesPage() = default;

void ChangesPage::setEstate(const EstatePtr &estate, std::shared_ptr<const ImpactAnalysis> analysis)
{
    m_estate = estate;
    m_analysis = std::move(analysis);
    updateEmptyState();
}

void ChangesPage::refresh()
{
    if (!m_store)
        return;
    if (m_refreshing) {
        m_refreshAgain = true;
        return;
    }
    m_refreshing = true;
    whenFinished(
        m_store->listChanges(), this,
        [this](const Result<QList<ChangeRequest>> &result) {
            m_refreshing = false;
            applyList(result);
            if (m_refreshAgain) {
                m_refreshAgain = false;
                refresh();
            }
        },
        [this] {
            // The store shut down before answering; a later refresh may try again.
            m_refreshing = false;
        });
}

void ChangesPage::applyList(const Result<QList<ChangeRequest>> &result)
{
    if (!result.ok()) {
        m_lastError = result.error().toString();
        m_status->setText(tr("⚠ Could not load changes"));
        m_status->setToolTip(m_lastError);
        settle(false);
        updateEmptyState();
        return;
    }
    m_lastError.clear();
    m_model->setChanges(result.value());
    m_status->setText(plural(tr("%n change(s)", nullptr, int(result.value().size())), int(result.value().size())));
    m_status->setToolTip({});
    settle(true);
    updateEmptyState();
    updateDetail();
}

void ChangesPage::settle(bool ok)
{
    if (m_settled)
        return;
    m_settled = true;
    Q_EMIT settled(ok);
}

NewChangeDialog *ChangesPage::newChange()
{
    if (!m_estate)
        return nullptr;
    auto *dialog = new NewChangeDialog(m_estate, m_analysis, m_store, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewChangeDialog::changeCreated, this, [this](const ChangeRequest &change) {
        m_model->upsert(change);
        const int sourceRow = m_model->rowOf(change.id);
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
        if (index.isValid()) {
            m_view->setCurrentIndex(index);
            m_view->scrollTo(index);
        }
        refresh();
    });
    dialog->open();
    return dialog;
}

void ChangesPage::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void ChangesPage::updateEmptyState()
{
    m_newButton->setEnabled(m_estate != nullptr && m_store != nullptr);
    if (m_model->rowCount() > 0) {
        m_stack->setCurrentIndex(1);
        return;
    }
    m_empty->setIcon(
        style()->standardIcon(m_lastError.isEmpty() ? QStyle::SP_FileDialogListView : QStyle::SP_MessageBoxWarning));
    if (!m_lastError.isEmpty()) {
        m_empty->setTitle(tr("The control store is not available"));
        m_empty->setText(m_lastError);
        m_empty->setActionText({});
    } else if (!m_settled) {
        m_empty->setTitle(tr("Loading changes…"));
        m_empty->setText(tr("Connecting to the control store."));
        m_empty->setActionText({});
    } else {
        m_empty->setTitle(tr("No changes yet"));
        m_empty->setText(m_estate ? tr("Plan a change to an environment: what it touches, when, and its blast radius.")
                                  : tr("Open an estate first: a change targets one of its environments."));
        m_empty->setActionText(m_estate ? tr("New change…") : QString());
    }
    m_stack->setCurrentIndex(0);
}

void ChangesPage::updateDetail()
{
    const QModelIndex current = m_view->currentIndex();
    const ChangeRequest *change = current.isValid() ? m_model->changeAt(m_proxy->mapToSource(current).row()) : nullptr;
    if (!change) {
        m_detailTitle->setText(tr("No change selected"));
        m_detail->setText(tr("Select a change to see its details and audit trail."));
        m_audit->clear();
        m_audit->setProperty("changeId", QVariant());
        return;
    }
    m_detailTitle->setText(QStringLiteral("#") + QString::number(change->id) + QStringLiteral("  ") + change->title);
    QString html = QStringLiteral("<table>");
    html += row(tr("State"), ChangeRequestModel::stateText(change->state));
    html += row(tr("Type"), ChangeRequestModel::typeText(change->type));
    html += row(tr("Environment"), change->environment);
    html += row(tr("Window"), ChangeRequestModel::windowText(*change));
    html += row(tr("Integrations"),
                change->integrations.isEmpty() ? tr("none") : change->integrations.join(QStringLiteral(", ")));
    html += row(tr("Workloads"),
                change->workloads.isEmpty() ? tr("none") : change->workloads.join(QStringLiteral(", ")));
    html += row(tr("Requested by"), change->requester);
    html += row(tr("Created"), utcText(change->createdAt));
    html += row(tr("Updated"), utcText(change->updatedAt));
    html += QStringLiteral("</table>");
    if (!change->description.isEmpty())
        html += QStringLiteral("<p>")
            + change->description.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"))
            + QStringLiteral("</p>");
    m_detail->setText(html);
    if (m_audit->property("changeId").toLongLong() != change->id)
        loadAudit(change->id);
}

void ChangesPage::loadAudit(qint64 changeId)
{
    m_audit->clear();
    m_audit->setProperty("changeId", changeId);
    if (!m_store)
        return;
    const qint64 generation = ++m_auditGeneration;
    whenFinished(m_store->auditLog(changeId), this, [this, generation](const Result<QList<AuditEntry>> &result) {
        if (generation != m_auditGeneration)
            return; // a newer selection superseded this request
        m_audit->clear();
        if (!result.ok()) {
            auto *item = new QTreeWidgetItem(m_audit);
            item->setText(2, tr("⚠ Could not load the audit trail"));
            item->setText(3, result.error().toString());
            return;
        }
        for (const AuditEntry &entry : result.value()) {
            auto *item = new QTreeWidgetItem(m_audit);
            item->setText(0, entry.at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
            item->setText(1, entry.actor);
            item->setText(2, entry.action);
            item->setText(3, entry.detail);
            item->setToolTip(3, entry.detail);
        }
    });
}

} // namespace Gatehouse::Ui
