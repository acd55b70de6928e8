#pragma once

#include "models/changerequest.h"

#include <QLabel>

#include <optional>

class QTimer;

namespace Gatehouse::Services {
class ControlStore;
}

namespace Gatehouse::Ui {

/// A small status-bar label that says whether the control store's audit chain
/// verifies: "✔ Audit chain verified (N rows)" or "✘ Audit chain broken at row N"
/// (every break in the tooltip). Verifies when the store connects and again, at
/// most once a second, after anyone changes change requests. UI thread only.
class AuditChainIndicator : public QLabel
{
    Q_OBJECT

public:
    enum class State { Unknown, Verifying, Verified, Broken, Unavailable };
    Q_ENUM(State)

    explicit AuditChainIndicator(Services::ControlStore *store, QWidget *parent = nullptr);

    /// Starts a verification now (no-op while one runs; one more follows).
    void verify();
    State state() const { return m_state; }
    /// The last report, when a verification succeeded.
    const std::optional<Models::AuditChainReport> &report() const { return m_report; }

Q_SIGNALS:
    /// A verification finished (or failed to run: Unavailable).
    void verified(Gatehouse::Ui::AuditChainIndicator::State state);

private:
    void setDisplay(State state, const QString &text, const QString &tooltip);

    Services::ControlStore *m_store;
    QTimer *m_debounce;
    State m_state = State::Unknown;
    std::optional<Models::AuditChainReport> m_report;
    bool m_running = false;
    bool m_again = false;
};

} // namespace Gatehouse::Ui
