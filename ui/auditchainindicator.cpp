#include "auditchainindicator.h"

#include "futurecallback.h"
#include "plural.h"

#include "services/controlstore.h"

#include <QTimer>

namespace Gatehouse::Ui {

using namespace Gatehouse::Models;
using Services::ControlStore;

AuditChainIndicator::AuditChainIndicator(ControlStore *store, QWidget *parent)
    : QLabel(parent), m_store(store), m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("auditChainIndicator"));
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Verifying reads the whole log; a burst of changes needs one check, not one each.
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(1000);
    connect(m_debounce, &QTimer::timeout, this, &AuditChainIndicator::verify);
    setDisplay(State::Unknown, tr("Audit chain: not checked"), tr("The audit chain is checked once the control store is connected."));
    if (m_store) {
        connect(m_store, &ControlStore::changesChanged, m_debounce, qOverload<>(&QTimer::start));
        connect(m_store, &ControlStore::connectionStateChanged, this, [this](ControlStore::ConnectionState state) {
            if (state == ControlStore::ConnectionState::Connected)
                verify();
        });
        if (m_store->connectionState() == ControlStore::ConnectionState::Connected)
            verify();
    }
}

void AuditChainIndicator::verify()
{
    if (!m_store)
        return;
    if (m_running) {
        m_again = true;
        return;
    }
    m_running = true;
    if (m_state == State::Unknown)
        setDisplay(State::Verifying, tr("Audit chain: verifying…"), toolTip());
    whenFinished(
        m_store->verifyAuditChain(), this,
        [this](const Result<AuditChainReport> &result) {
            m_running = false;
            if (!result.ok()) {
                m_report.reset();
                setDisplay(State::Unavailable, tr("⚠ Audit chain: not verified"),
                     tr("The audit chain could not be verified: %1").arg(result.error().message));
            } else if (result->intact()) {
                m_report = result.value();
                const int rows = int(result->rowsChecked);
                setDisplay(State::Verified, plural(tr("✔ Audit chain verified (%n row(s))", nullptr, rows), rows),
                     tr("Every audit record's hash covers the previous hash and its content: nothing was "
                        "changed, deleted or reordered."));
            } else {
                m_report = result.value();
                QStringList lines;
                for (const AuditChainBreak &b : result->breaks)
                    lines.append(tr("Row %1: %2").arg(b.rowId).arg(b.problem));
                setDisplay(State::Broken, tr("✘ Audit chain broken at row %1").arg(result->breaks.constFirst().rowId),
                     lines.join(QLatin1Char('\n')));
            }
            Q_EMIT verified(m_state);
            if (m_again) {
                m_again = false;
                verify();
            }
        },
        [this] { m_running = false; });
}

void AuditChainIndicator::setDisplay(State state, const QString &text, const QString &tooltip)
{
    m_state = state;
    setText(text);
    setToolTip(tooltip);
    QPalette p = palette();
    const QColor colour = state == State::Verified ? QColor(0x1e, 0x84, 0x49)
        : state == State::Broken                   ? QColor(0xc0, 0x39, 0x2b)
                                                   : palette().color(QPalette::PlaceholderText);
    p.setColor(QPalette::WindowText, colour);
    setPalette(p);
}

} // namespace Gatehouse::Ui
