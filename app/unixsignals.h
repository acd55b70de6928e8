#pragma once

#include <QObject>

class QSocketNotifier;

namespace Gatehouse::App {

/// Turns SIGTERM, SIGINT and SIGHUP into a normal quit of the event loop, so that
/// shutdown (stopping the embedded PostgreSQL, saving the window state) runs exactly
/// as when the window is closed. The handler only writes a byte to a socket pair;
/// everything else happens on the UI thread when the notifier fires.
class UnixSignals : public QObject
{
    Q_OBJECT
public:
    explicit UnixSignals(QObject *parent = nullptr);
    ~UnixSignals() override;

Q_SIGNALS:
    /// A termination signal arrived; the receiver should quit.
    void terminationRequested(int signalNumber);

private:
    void onReadable();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace Gatehouse::App
