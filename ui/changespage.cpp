#include "changespage.h"

#include "changedetailpane.h"
#include "changefilterproxymodel.h"
#include "emptystate.h"
#include "savedviews.h"
#include "futurecallback.h"
#include "newchangedialog.h"

#include "plural.h"

#include "models/changerequestmodel.h"
#include "models/impactanalysis.h"
#include "services/controlstore.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QInputDialog>
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
#include <QVBoxLayout>

#include <algorithm>

namespace Gatehouse::Ui {

using namespace Gatehouse::Models;
using Services::ControlStore;

ChangesPage::ChangesPage(ControlStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new ChangeRequestModel(this))
    , m_proxy(new ChangeFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_stateFilter(new QComboBox(this))
    , m_typeFilter(new QComboBox(this))
    , m_environmentFilter(new QComboBox(this))
    , m_views(new QComboBox(this))
    , m_saveView(new QPushButton(tr("Save view…"), this))
    , m_deleteView(new QPushButton(tr("Delete view"), this))
    , m_exportButton(new QPushButton(tr("Export record (PDF)…"), this))
    , m_newButton(new QPushButton(tr("&New change…"), this))
    , m_status(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyState(this))
    , m_view(new QTableView(this))
    , m_detail(new ChangeDetailPane(store, this))
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
    m_stateFilter->setObjectName(QStringLiteral("stateFilter"));
    m_stateFilter->addItem(tr("Any state"), QString());
    m_stateFilter->addItem(tr("Needs a decision"), QStringLiteral("needs-decision"));
    for (ChangeState state : {ChangeState::Draft, ChangeState::Submitted, ChangeState::Assessed, ChangeState::Approved,
                              ChangeState::Rejected, ChangeState::Scheduled, ChangeState::InProgress,
                              ChangeState::Completed, ChangeState::RolledBack, ChangeState::Failed, ChangeState::Closed})
        m_stateFilter->addItem(ChangeRequestModel::stateText(state), Models::toString(state));
    bar->addWidget(m_stateFilter);
    m_typeFilter->setObjectName(QStringLiteral("typeFilter"));
    m_typeFilter->addItem(tr("Any type"), QString());
    for (ChangeType type : {ChangeType::Standard, ChangeType::Normal, ChangeType::Emergency})
        m_typeFilter->addItem(ChangeRequestModel::typeText(type), Models::toString(type));
    bar->addWidget(m_typeFilter);
    m_environmentFilter->setObjectName(QStringLiteral("environmentFilter"));
    m_environmentFilter->addItem(tr("Any environment"), QString());
    bar->addWidget(m_environmentFilter);
    m_views->setObjectName(QStringLiteral("savedViews"));
    m_views->setToolTip(tr("Saved views"));
    bar->addWidget(m_views);
    m_saveView->setObjectName(QStringLiteral("saveViewButton"));
    bar->addWidget(m_saveView);
    m_deleteView->setObjectName(QStringLiteral("deleteViewButton"));
    bar->addWidget(m_deleteView);
    m_status->setObjectName(QStringLiteral("changesStatus"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    bar->addWidget(m_status);
    m_newButton->setObjectName(QStringLiteral("newChangeButton"));
    m_newButton->setIcon(style()->standardIcon(QStyle::SP_FileIcon));
    m_newButton->setToolTip(tr("Draft a new change request (Ctrl+N)"));
    bar->addWidget(m_newButton);
    m_exportButton->setObjectName(QStringLiteral("exportRecordButton"));
    m_exportButton->setToolTip(tr("A PDF change record for auditors: scope, approvals, gates and the audit chain's "
                                  "verification"));
    bar->addWidget(m_exportButton);
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

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_view);
    splitter->addWidget(m_detail);
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
        if (!m_applyingFilter)
            m_views->setCurrentIndex(0);
        m_proxy->setFilterFixedString(text);
        const int sourceRow = m_model->rowOf(m_selectedId);
        const QModelIndex index = sourceRow < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(sourceRow, 0));
        if (index.isValid())
            m_view->setCurrentIndex(index);
    });
    for (QComboBox *combo : {m_stateFilter, m_typeFilter, m_environmentFilter})
        connect(combo, &QComboBox::currentIndexChanged, this, &ChangesPage::applyFilterWidgets);
    connect(m_views, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            applyView(m_views->itemData(index).toString());
        m_deleteView->setEnabled(index > 0);
    });
    connect(m_saveView, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Save view"), tr("Name of the view:"), QLineEdit::Normal,
                                                   m_views->currentIndex() > 0 ? m_views->currentText() : QString(), &ok)
                                 .trimmed();
        if (ok && !name.isEmpty())
            saveView(name);
    });
    connect(m_deleteView, &QPushButton::clicked, this, [this] {
        if (m_views->currentIndex() > 0) {
            SavedViews::remove(m_views->currentData().toString());
            reloadViews();
        }
    });
    connect(m_exportButton, &QPushButton::clicked, this, &ChangesPage::exportRecord);
    connect(m_detail, &ChangeDetailPane::recordExported, this,
            [this](const QString &path, bool ok, const QString &message) {
                m_status->setText(ok ? tr("Change record written") : tr("⚠ Change record not written"));
                m_status->setToolTip(ok ? path : message);
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
    reloadViews();
    updateDetail();
    updateEmptyState();
}

ChangesPage::~ChangesPage() = default;

void ChangesPage::setEstate(const EstatePtr &estate, std::shared_ptr<const ImpactAnalysis> analysis)
{
    m_estate = estate;
    m_analysis = analysis;
    m_detail->setEstate(estate, std::move(analysis));
    {
        const QString current = m_environmentFilter->currentData().toString();
        QSignalBlocker blocker(m_environmentFilter);
        while (m_environmentFilter->count() > 1)
            m_environmentFilter->removeItem(1);
        if (m_estate) {
            for (const Environment &env : m_estate->environments)
                m_environmentFilter->addItem(env.name, env.name);
        }
        const int index = m_environmentFilter->findData(current);
        if (index < 0 && !current.isEmpty())
            m_environmentFilter->addItem(current, current);
        m_environmentFilter->setCurrentIndex(std::max(0, m_environmentFilter->findData(current)));
    }
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
    Q_EMIT listRefreshed();
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
    const qint64 id = currentChangeId();
    m_exportButton->setEnabled(id != 0);
    if (id != m_detail->changeId()) {
        m_detail->setChangeId(id);
        Q_EMIT currentChangeChanged(id);
    }
}

qint64 ChangesPage::currentChangeId() const
{
    const QModelIndex current = m_view->currentIndex();
    const ChangeRequest *change = current.isValid() ? m_model->changeAt(m_proxy->mapToSource(current).row()) : nullptr;
    return change ? change->id : 0;
}

bool ChangesPage::selectChange(qint64 id)
{
    const int sourceRow = m_model->rowOf(id);
    const QModelIndex index = sourceRow < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

ChangeFilter ChangesPage::filter() const
{
    return m_proxy->changeFilter();
}

void ChangesPage::setFilter(const ChangeFilter &filter)
{
    m_applyingFilter = true;
    {
        QSignalBlocker b1(m_stateFilter);
        QSignalBlocker b2(m_typeFilter);
        QSignalBlocker b3(m_environmentFilter);
        QSignalBlocker b4(m_filter);
        m_filter->setText(filter.text);
        int stateIndex = 0;
        if (filter.needsDecision)
            stateIndex = m_stateFilter->findData(QStringLiteral("needs-decision"));
        else if (filter.states.size() == 1)
            stateIndex = m_stateFilter->findData(Models::toString(filter.states.constFirst()));
        m_stateFilter->setCurrentIndex(std::max(0, stateIndex));
        m_typeFilter->setCurrentIndex(
            filter.types.size() == 1 ? std::max(0, m_typeFilter->findData(Models::toString(filter.types.constFirst()))) : 0);
        int envIndex = m_environmentFilter->findData(filter.environment);
        if (envIndex < 0 && !filter.environment.isEmpty()) {
            m_environmentFilter->addItem(filter.environment, filter.environment);
            envIndex = m_environmentFilter->count() - 1;
        }
        m_environmentFilter->setCurrentIndex(std::max(0, envIndex));
    }
    const qint64 selected = currentChangeId();
    m_proxy->setChangeFilter(filter);
    if (selected != 0)
        selectChange(selected);
    m_applyingFilter = false;
    updateDetail();
}

void ChangesPage::applyFilterWidgets()
{
    ChangeFilter f;
    f.text = m_filter->text();
    const QString state = m_stateFilter->currentData().toString();
    if (state == QLatin1String("needs-decision"))
        f.needsDecision = true;
    else if (const auto parsed = Models::changeStateFromString(state))
        f.states = {*parsed};
    if (const auto type = Models::changeTypeFromString(m_typeFilter->currentData().toString()))
        f.types = {*type};
    f.environment = m_environmentFilter->currentData().toString();
    if (!m_applyingFilter)
        m_views->setCurrentIndex(0);
    setFilter(f);
}

void ChangesPage::saveView(const QString &name)
{
    SavedViews::save({name, filter()});
    reloadViews();
    m_views->setCurrentIndex(std::max(0, m_views->findData(name)));
    m_deleteView->setEnabled(m_views->currentIndex() > 0);
}

bool ChangesPage::applyView(const QString &name)
{
    const SavedView view = SavedViews::find(name);
    if (view.name.isEmpty())
        return false;
    m_applyingFilter = true;
    setFilter(view.filter);
    m_views->setCurrentIndex(std::max(0, m_views->findData(name)));
    m_deleteView->setEnabled(m_views->currentIndex() > 0);
    return true;
}

void ChangesPage::reloadViews()
{
    QSignalBlocker blocker(m_views);
    const QString current = m_views->currentData().toString();
    m_views->clear();
    m_views->addItem(tr("Saved views…"), QString());
    for (const SavedView &view : SavedViews::load())
        m_views->addItem(view.name, view.name);
    m_views->setCurrentIndex(std::max(0, m_views->findData(current)));
    m_deleteView->setEnabled(m_views->currentIndex() > 0);
}

void ChangesPage::exportRecord()
{
    const qint64 id = currentChangeId();
    if (id == 0 || !m_detail->isLoaded())
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export change record"),
                                                      tr("change-%1-record.pdf").arg(id), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    m_status->setText(tr("Writing the change record…"));
    m_detail->exportRecord(path);
}

} // namespace Gatehouse::Ui
