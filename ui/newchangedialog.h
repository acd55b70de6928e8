#pragma once

#include "models/changerequest.h"
#include "models/estate.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTabWidget;
class QTableWidget;

namespace Gatehouse::Models {
class ImpactAnalysis;
}
namespace Gatehouse::Services {
class ControlStore;
}

namespace Gatehouse::Ui {

/// Drafts a change request against the current estate: title, description,
/// target environment, change type (emergency included), the integrations and
/// workloads it changes, the requested window in a named time zone, and its scope
/// as first-class parts: workloads with the images they move to, Odoo modules with
/// versions, database migrations (pre-checks, expected lock impact, rollback plan)
/// and infrastructure parts — kept apart from application parts, as the control
/// store requires — plus the rollback plan and the pre-approved rollback criteria
/// offered by the target tier's policy templates. Problems are
/// shown inline beside their field and OK stays disabled until the draft is
/// valid. OK stores the change through ControlStore::createChange and then its scope
/// through ControlStore::setScope; the dialog closes only when the store confirms both, and on failure keeps its contents and
/// shows the reason. UI thread only; never blocks.
class NewChangeDialog : public QDialog
{
    Q_OBJECT

public:
    NewChangeDialog(Models::EstatePtr estate, std::shared_ptr<const Models::ImpactAnalysis> analysis,
                    Services::ControlStore *store, QWidget *parent = nullptr);
    ~NewChangeDialog() override;

    /// The change as currently entered (id 0, times in UTC).
    Models::ChangeRequest draft() const;
    /// The scope parts, rollback plan and chosen rollback criteria as entered.
    Models::ChangeScope scope() const;
    /// Human-readable problems of the current draft; empty = valid.
    QStringList problems() const;
    /// The stored change, after the dialog was accepted.
    const Models::ChangeRequest &createdChange() const { return m_created; }

    void accept() override;

Q_SIGNALS:
    /// The store confirmed the new change.
    void changeCreated(const Gatehouse::Models::ChangeRequest &change);

private:
    void rebuildWorkloads();
    void applyDefaultTimeZone();
    void validate();
    void updateImpact();
    void setBusy(bool busy);
    void syncWorkloadScope();
    void rebuildCriteria();
    void storeScope();

    Models::EstatePtr m_estate;
    std::shared_ptr<const Models::ImpactAnalysis> m_analysis;
    Services::ControlStore *m_store;
    Models::ChangeRequest m_created;
    bool m_busy = false;

    QLineEdit *m_title;
    QLabel *m_titleError;
    QPlainTextEdit *m_description;
    QComboBox *m_environment;
    QLabel *m_environmentError;
    QComboBox *m_type;
    QListWidget *m_integrations;
    QListWidget *m_workloads;
    QLabel *m_scopeError;
    QDateTimeEdit *m_start;
    QDateTimeEdit *m_end;
    QComboBox *m_timeZone;
    QLabel *m_windowError;
    QTabWidget *m_scopeTabs;
    QTableWidget *m_workloadScope;
    QTableWidget *m_modules;
    QTableWidget *m_migrations;
    QTableWidget *m_infrastructure;
    QPlainTextEdit *m_rollbackPlan;
    QListWidget *m_criteria;
    QLabel *m_partsError;
    QLabel *m_impact;
    QLabel *m_failure;
    QDialogButtonBox *m_buttons;
};

} // namespace Gatehouse::Ui
