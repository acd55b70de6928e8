#pragma once

#include "models/calendarinterval.h"
#include "models/changerequest.h"

#include <QDialog>
#include <QPointer>
#include <QTimeZone>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Gatehouse::Services {
class ControlStore;
}

namespace Gatehouse::Ui {

/// "Override freeze…" for one change: names the freeze (its occurrence, in the
/// display zone and the rule's), the change, the role the override will be recorded
/// with, and asks for the reason, which is required. "Override freeze" records it
/// through ControlStore::overrideFreeze(); the database decides (role, reason) and the
/// dialog shows its answer: accepted (the override is in the audit log) or the
/// refusal in the database's words, after which the user may correct and retry.
/// UI thread only.
class FreezeOverrideDialog : public QDialog
{
    Q_OBJECT

public:
    /// `freeze` must be a Freeze conflict of `change`; `store` records the override
    /// (when null, the dialog says no control store is connected and records nothing).
    FreezeOverrideDialog(const Models::ChangeRequest &change, const Models::Conflict &freeze,
                         Services::ControlStore *store, const QTimeZone &displayZone, QWidget *parent = nullptr);

    qint64 changeId() const { return m_changeId; }
    /// The freeze's name, as the override records it.
    QString rule() const { return m_rule; }
    /// The role the override is recorded with (the conflict's overrideRole).
    QString role() const { return m_role; }
    QString reason() const;

    QPlainTextEdit *reasonEdit() const { return m_reason; }
    QPushButton *overrideButton() const { return m_override; }
    /// The answer of the last attempt ("" before one): accepted, or the refusal.
    QString resultText() const;
    /// The whole dialog text as shown (freeze, change, role), for tests and screen readers.
    QString text() const;
    bool isRecording() const { return m_recording; }

Q_SIGNALS:
    /// The control store accepted and audited the override.
    void overrideRecorded(qint64 changeId, const QString &rule);
    /// The control store refused (or could not be reached); `reason` is its message.
    void overrideRefused(qint64 changeId, const QString &rule, const QString &reason);

private:
    void record();
    void updateButton();

    qint64 m_changeId;
    QString m_rule;
    QString m_role;
    QPointer<Services::ControlStore> m_store;
    bool m_recording = false;
    bool m_recorded = false;
    QLabel *m_text;
    QPlainTextEdit *m_reason;
    QLabel *m_result;
    QPushButton *m_override;
    QPushButton *m_close;
};

} // namespace Gatehouse::Ui
