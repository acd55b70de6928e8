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

namespace Gatehouse::Models {
class ImpactAnalysis;
}
namespace Gatehouse::Services {
class ControlStore;
}

namespace Gatehouse::Ui {

/// Drafts a change request against the current estate: title, description,
/// target environment, change type, the integrations and workloads it
/// changes, and the requested window in a named time zone. Problems are
/// shown inline beside their field and OK stays disabled until the draft is
/// valid. OK stores the change through ControlStore::createChange; the dialog
/// closes only when the store confirms, and on failure keeps its contents and
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
    QLabel *m_impact;
    QLabel *m_failure;
    QDialogButtonBox *m_buttons;
};

} // namespace Gatehouse::Ui
