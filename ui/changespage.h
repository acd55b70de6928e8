#pragma once

#include "models/changerequest.h"
#include "models/estate.h"
#include "models/result.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QTreeWidget;

namespace Gatehouse::Models {
class ChangeRequestModel;
class ImpactAnalysis;
} // namespace Gatehouse::Models
namespace Gatehouse::Services {
class ControlStore;
}

namespace Gatehouse::Ui {

class ChangeDetailPane;
class ChangeFilterProxyModel;
class EmptyState;
class NewChangeDialog;
struct ChangeFilter;

/// The Changes area: change requests from the control store in a sortable table
/// with free-text and structured filters (state, type, environment) and saved views
/// (SavedViews, in QSettings); the selected change in full beside it
/// (ChangeDetailPane: scope, blast radius, risk, gates, approvals, audit history and
/// the lifecycle actions); "New change" and "Export record (PDF)". The list and the
/// detail refresh when the store connects and whenever anyone changes change
/// requests (changesChanged); refreshes are coalesced and applied incrementally so
/// the selection survives. UI thread only.
class ChangesPage : public QWidget
{
    Q_OBJECT

public:
    explicit ChangesPage(Services::ControlStore *store, QWidget *parent = nullptr);
    ~ChangesPage() override;

    void setEstate(const Models::EstatePtr &estate, std::shared_ptr<const Models::ImpactAnalysis> analysis);

    /// Asks the store for the current list (no-op while one is in flight; one more follows).
    void refresh();
    /// Opens the New change dialog (window-modal) and returns it.
    NewChangeDialog *newChange();
    void focusFilter();

    /// True once a list arrived or the store reported that it cannot deliver one.
    bool hasSettled() const { return m_settled; }

    QTableView *view() const { return m_view; }
    Models::ChangeRequestModel *model() const { return m_model; }
    ChangeFilterProxyModel *proxy() const { return m_proxy; }
    ChangeDetailPane *detail() const { return m_detail; }

    /// Shows only the changes `filter` lets through (updates the filter widgets).
    void setFilter(const ChangeFilter &filter);
    ChangeFilter filter() const;
    /// Saves the current filter as the view `name` (replacing one with that name).
    void saveView(const QString &name);
    /// Applies the saved view `name`; false when there is none.
    bool applyView(const QString &name);
    /// Selects change `id` when it is in the (filtered) list; false otherwise.
    bool selectChange(qint64 id);
    /// The selected change's id, 0 when none.
    qint64 currentChangeId() const;
    /// Asks for a file name and exports the selected change's record as PDF.
    void exportRecord();

Q_SIGNALS:
    /// The first list arrived (ok) or the store failed (not ok).
    void settled(bool ok);
    /// The selection moved to change `id` (0 = none).
    void currentChangeChanged(qint64 id);
    /// A fresh list from the store was applied.
    void listRefreshed();

private:
    void applyList(const Models::Result<QList<Models::ChangeRequest>> &result);
    void settle(bool ok);
    void updateDetail();
    void updateEmptyState();
    void reloadViews();
    void applyFilterWidgets();

    Services::ControlStore *m_store;
    Models::EstatePtr m_estate;
    std::shared_ptr<const Models::ImpactAnalysis> m_analysis;
    Models::ChangeRequestModel *m_model;
    ChangeFilterProxyModel *m_proxy;
    bool m_refreshing = false;
    bool m_refreshAgain = false;
    bool m_settled = false;
    QString m_lastError;
    qint64 m_selectedId = 0; ///< restored after the filter hid and showed it again

    QLineEdit *m_filter;
    QComboBox *m_stateFilter;
    QComboBox *m_typeFilter;
    QComboBox *m_environmentFilter;
    QComboBox *m_views;
    QPushButton *m_saveView;
    QPushButton *m_deleteView;
    QPushButton *m_exportButton;
    QPushButton *m_newButton;
    QLabel *m_status;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
    QTableView *m_view;
    ChangeDetailPane *m_detail;
    bool m_applyingFilter = false;
};

} // namespace Gatehouse::Ui
