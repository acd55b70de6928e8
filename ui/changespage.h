#pragma once

#include "models/changerequest.h"
#include "models/estate.h"
#include "models/result.h"

#include <QWidget>

#include <memory>

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

class EmptyState;
class NewChangeDialog;

/// The Changes area: change requests from the control store in a sortable,
/// filterable table, the selected change with its audit trail, and "New
/// change". The list refreshes when the store connects and whenever anyone
/// changes change requests (changesChanged); refreshes are coalesced and
/// applied incrementally so the selection survives. UI thread only.
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

Q_SIGNALS:
    /// The first list arrived (ok) or the store failed (not ok).
    void settled(bool ok);

private:
    void applyList(const Models::Result<QList<Models::ChangeRequest>> &result);
    void settle(bool ok);
    void updateDetail();
    void updateEmptyState();
    void loadAudit(qint64 changeId);

    Services::ControlStore *m_store;
    Models::EstatePtr m_estate;
    std::shared_ptr<const Models::ImpactAnalysis> m_analysis;
    Models::ChangeRequestModel *m_model;
    QSortFilterProxyModel *m_proxy;
    bool m_refreshing = false;
    bool m_refreshAgain = false;
    bool m_settled = false;
    QString m_lastError;
    qint64 m_auditGeneration = 0;
    qint64 m_selectedId = 0; ///< restored after the filter hid and showed it again

    QLineEdit *m_filter;
    QPushButton *m_newButton;
    QLabel *m_status;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
    QTableView *m_view;
    QLabel *m_detailTitle;
    QLabel *m_detail;
    QTreeWidget *m_audit;
};

} // namespace Gatehouse::Ui
