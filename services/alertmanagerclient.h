#pragma once

#include "models/changerequest.h"
#include "models/result.h"
#include "models/sourcestate.h"
#include "models/timeseries.h"
#include "services/healthhttp.h"

#include <QDateTime>
#include <QFuture>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

namespace Gatehouse::Services {

class SecretStore;

/// A client of one Alertmanager's API v2: the alerts it holds (with labels, annotations
/// and whether a silence suppresses them) and its silences (list, create, expire).
///
/// Lives on the UI thread; every call returns at once; futures finish on the global
/// thread pool or the UI thread — continue with .then(this, …). Credentials as for
/// PrometheusClient (keychain reference, never logged).
class AlertmanagerClient : public QObject
{
    Q_OBJECT
public:
    struct Alert
    {
        enum class State { Unprocessed, Active, Suppressed };
        Models::Labels labels;
        Models::Labels annotations;
        QDateTime startsAt; ///< UTC
        QDateTime endsAt;   ///< UTC
        QString fingerprint;
        State state = State::Unprocessed;
        QStringList silencedBy;  ///< silence ids
        QStringList inhibitedBy; ///< fingerprints of inhibiting alerts

        QString name() const { return labels.value(QStringLiteral("alertname")); }
    };

    struct Matcher
    {
        QString name;
        QString value;
        bool isRegex = false;
        bool isEqual = true;
    };

    struct Silence
    {
        enum class State { Pending, Active, Expired };
        QString id; ///< empty until created
        QList<Matcher> matchers;
        QDateTime startsAt; ///< UTC
        QDateTime endsAt;   ///< UTC
        QString createdBy;
        QString comment;
        State state = State::Pending;
    };

    explicit AlertmanagerClient(QObject *parent = nullptr);
    ~AlertmanagerClient() override;

    void setEndpoint(const HttpEndpoint &endpoint);
    void setSecretStore(SecretStore *store);
    Models::SourceState state() const;

    /// A silence of every alert of the change's environment for exactly the change's
    /// window, its comment naming the change. Create it with createSilence().
    static Silence silenceForChange(const Models::ChangeRequest &change, const QString &createdBy);

    /// The alerts Alertmanager holds; with `includeSuppressed` also silenced and inhibited
    /// ones. `filters` are matchers such as `environment="prod"`.
    QFuture<Models::Result<QList<Alert>>> alerts(const QStringList &filters = {}, bool includeSuppressed = true);
    /// All silences, pending, active and expired ones.
    QFuture<Models::Result<QList<Silence>>> silences();
    /// Creates `silence` (its id is ignored); the new silence's id comes back.
    QFuture<Models::Result<QString>> createSilence(const Silence &silence);
    /// Expires the silence `id` now.
    QFuture<Models::Status> expireSilence(const QString &id);

    /// Readable JSON decoding, for tests and the fuzzer: an API v2 alert list / silence list.
    static Models::Result<QList<Alert>> decodeAlerts(const QByteArray &json);
    static Models::Result<QList<Silence>> decodeSilences(const QByteArray &json);

Q_SIGNALS:
    /// Alertmanager became fresh, stale or unreachable, or the reason changed.
    void stateChanged(const Gatehouse::Models::SourceState &state);

private:
    struct Answer;
    Answer classify(const HealthHttp::Reply &reply);

    HealthHttp *m_http = nullptr;
};

} // namespace Gatehouse::Services
