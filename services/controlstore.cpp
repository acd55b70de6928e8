#include "services/controlstore.h"

#include "services/controlstoremigrations.h"
#include "services/controlstoreworker.h"
#include "services/embeddedpostgres.h"
#include "services/pgconninfo.h"
#include "services/secretstore.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QPromise>
#include <QThread>
#include <QTimeZone>

#include <pqxx/pqxx>

namespace Gatehouse::Services {

using Models::AuditEntry;
using Models::ChangeRequest;
using Models::Result;

namespace {

std::string toStd(const QString &text)
{
    return text.toStdString();
}

QString fromField(const pqxx::field &field)
{
    return field.is_null() ? QString() : QString::fromUtf8(field.c_str(), qsizetype(field.size()));
}

std::string toJsonArray(const QStringList &list)
{
    return QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact).toStdString();
}

QStringList fromJsonArray(const pqxx::field &field)
{
    QStringList list;
    const auto array = QJsonDocument::fromJson(QByteArray(field.c_str(), qsizetype(field.size()))).array();
    for (const auto &value : array)
        list.append(value.toString());
    return list;
}

std::string toTimestamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs).toStdString();
}

QDateTime fromEpochMs(const pqxx::field &field)
{
    return QDateTime::fromMSecsSinceEpoch(field.as<long long>(), Qt::UTC);
}

// Timestamps leave the database as epoch milliseconds (no text-format ambiguity) and
// arrays as JSON (no hand-written array parser).
constexpr const char *kChangeColumns = "id, title, description, requester, environment, change_type,"
                                       " array_to_json(integrations)::text, array_to_json(workloads)::text,"
                                       " floor(extract(epoch FROM window_start) * 1000)::bigint,"
                                       " floor(extract(epoch FROM window_end) * 1000)::bigint,"
                                       " window_time_zone, state,"
                                       " floor(extract(epoch FROM created_at) * 1000)::bigint,"
                                       " floor(extract(epoch FROM updated_at) * 1000)::bigint";

ChangeRequest changeFromRow(const pqxx::row &row)
{
    ChangeRequest change;
    change.id = row[0].as<long long>();
    change.title = fromField(row[1]);
    change.description = fromField(row[2]);
    change.requester = fromField(row[3]);
    change.environment = fromField(row[4]);
    change.type = Models::changeTypeFromString(fromField(row[5])).value_or(Models::ChangeType::Normal);
    change.integrations = fromJsonArray(row[6]);
    change.workloads = fromJsonArray(row[7]);
    change.windowStart = fromEpochMs(row[8]);
    change.windowEnd = fromEpochMs(row[9]);
    change.windowTimeZone = fromField(row[10]);
    change.state = Models::changeStateFromString(fromField(row[11])).value_or(Models::ChangeState::Draft);
    change.createdAt = fromEpochMs(row[12]);
    change.updatedAt = fromEpochMs(row[13]);
    return change;
}

bool containsNul(const QString &text)
{
    return text.contains(QChar(u'\0'));
}

template<typename T>
QFuture<Result<T>> readyFailure(const QString &message)
{
    QPromise<Result<T>> promise;
    promise.start();
    promise.addResult(Result<T>::failure(message));
    promise.finish();
    return promise.future();
}

} // namespace

struct ControlStore::Private
{
    QThread thread;
    ControlStoreWorker *worker = nullptr;
    SecretStore secrets;
    ControlStoreSettings settings;
    ConnectionState state = ConnectionState::Disconnected;
    QString description;
    bool embedded = false;
    bool open = false;
    int openGeneration = 0; // drops a password that arrives after close()/reopen

    // Runs `body` on the worker with its connection; a libpqxx exception thrown by
    // `body` becomes the error of the returned future.
    template<typename T>
    QFuture<Result<T>> post(std::function<T(pqxx::connection_base &)> body)
    {
        auto promise = std::make_shared<QPromise<Result<T>>>();
        promise->start();
        QFuture<Result<T>> future = promise->future();
        ControlStoreWorker::Job job;
        job.run = [promise, body](pqxx::connection_base &connection) {
            Result<T> result(body(connection));
            promise->addResult(std::move(result));
            promise->finish();
        };
        job.fail = [promise](const QString &message) {
            promise->addResult(Result<T>::failure(message));
            promise->finish();
        };
        job.deadline = QDeadlineTimer(settings.requestTimeout);
        QMetaObject::invokeMethod(
            worker, [w = worker, job = std::move(job)]() mutable { w->enqueue(std::move(job)); }, Qt::QueuedConnection);
        return future;
    }
};

ControlStore::ControlStore(QObject *parent) : QObject(parent), d(std::make_unique<Private>())
{
    d->thread.setObjectName(QStringLiteral("gatehouse-controlstore"));
    d->worker = new ControlStoreWorker;
    d->worker->moveToThread(&d->thread);
    connect(&d->thread, &QThread::finished, d->worker, &QObject::deleteLater);
    connect(d->worker, &ControlStoreWorker::stateChanged, this, &ControlStore::setState, Qt::QueuedConnection);
    connect(d->worker, &ControlStoreWorker::changesChanged, this, &ControlStore::changesChanged, Qt::QueuedConnection);
    d->thread.start();
}

ControlStore::~ControlStore()
{
    close();
    d->thread.quit();
    d->thread.wait();
}

int ControlStore::latestSchemaVersion()
{
    return ControlStoreMigrations::latestVersion();
}

void ControlStore::setState(ConnectionState state, const QString &detail)
{
    d->state = state;
    Q_EMIT connectionStateChanged(state, detail);
}

void ControlStore::open(const ControlStoreSettings &settings)
{
    if (d->open)
        close();
    d->open = true;
    const int generation = ++d->openGeneration;
    d->settings = settings;
    d->embedded = settings.url.trimmed().isEmpty();
    ControlStoreWorker::Config config;
    config.embedded = d->embedded;
    config.reconnectInitialDelay = settings.reconnectInitialDelay;
    config.reconnectMaxDelay = settings.reconnectMaxDelay;
    if (d->embedded) {
        config.dataFolder = settings.dataFolder.isEmpty() ? EmbeddedPostgres::defaultDataFolder() : settings.dataFolder;
        d->description = tr("embedded (%1)").arg(QDir::toNativeSeparators(config.dataFolder));
    } else {
        config.conninfo = settings.url.trimmed();
        d->description = tr("server %1").arg(PgConnInfo::describe(config.conninfo));
    }

    QMetaObject::invokeMethod(d->worker, &ControlStoreWorker::prepare, Qt::QueuedConnection);
    const auto start = [this](const ControlStoreWorker::Config &c) {
        QMetaObject::invokeMethod(
            d->worker, [w = d->worker, c] { w->start(c); }, Qt::QueuedConnection);
    };
    if (d->embedded || settings.passwordRef.isEmpty()) {
        start(config);
        return;
    }
    setState(ConnectionState::Connecting, tr("Reading the control store password from the keychain…"));
    d->secrets.readPassword(settings.passwordRef)
        .then(this, [this, config, generation, start](const Result<QString> &password) mutable {
            if (generation != d->openGeneration || !d->open)
                return;
            if (!password) {
                const QString message = password.error().message;
                QMetaObject::invokeMethod(
                    d->worker, [w = d->worker, message] { w->abort(message); }, Qt::QueuedConnection);
                return;
            }
            config.secret = password.value();
            config.conninfo = PgConnInfo::withPassword(config.conninfo, password.value());
            start(config);
        });
}

void ControlStore::close()
{
    if (!d->open)
        return;
    d->open = false;
    ++d->openGeneration;
    if (d->thread.isRunning())
        QMetaObject::invokeMethod(d->worker, &ControlStoreWorker::shutdown, Qt::BlockingQueuedConnection);
    d->state = ConnectionState::Disconnected;
}

ControlStore::ConnectionState ControlStore::connectionState() const
{
    return d->state;
}

QString ControlStore::description() const
{
    return d->description;
}

bool ControlStore::isEmbedded() const
{
    return d->embedded;
}

QFuture<Result<QList<ChangeRequest>>> ControlStore::listChanges()
{
    return d->post<QList<ChangeRequest>>([](pqxx::connection_base &connection) {
        pqxx::read_transaction tx(connection);
        const pqxx::result rows = tx.exec(std::string("SELECT ") + kChangeColumns
                                          + " FROM change_requests ORDER BY window_start DESC, id DESC");
        QList<ChangeRequest> changes;
        changes.reserve(qsizetype(rows.size()));
        for (const auto &row : rows)
            changes.append(changeFromRow(row));
        return changes;
    });
}

QFuture<Result<ChangeRequest>> ControlStore::createChange(const ChangeRequest &draft)
{
    // libpq passes parameters as C strings: a NUL would silently cut the text short.
    for (const QString *text : {&draft.title, &draft.description, &draft.environment, &draft.windowTimeZone}) {
        if (containsNul(*text))
            return readyFailure<ChangeRequest>(tr("Text with a NUL character cannot be stored."));
    }
    for (const QStringList *list : {&draft.integrations, &draft.workloads}) {
        for (const QString &item : *list) {
            if (containsNul(item))
                return readyFailure<ChangeRequest>(tr("Text with a NUL character cannot be stored."));
        }
    }
    if (!draft.windowStart.isValid() || !draft.windowEnd.isValid())
        return readyFailure<ChangeRequest>(tr("A change needs a window start and end."));
    if (!draft.windowTimeZone.isEmpty() && !QTimeZone::isTimeZoneIdAvailable(draft.windowTimeZone.toUtf8()))
        return readyFailure<ChangeRequest>(tr("Unknown time zone '%1'.").arg(draft.windowTimeZone));

    const std::string title = toStd(draft.title);
    const std::string description = toStd(draft.description);
    const std::string environment = toStd(draft.environment);
    const std::string type = toStd(Models::toString(draft.type));
    const std::string integrations = toJsonArray(draft.integrations);
    const std::string workloads = toJsonArray(draft.workloads);
    const std::string windowStart = toTimestamp(draft.windowStart);
    const std::string windowEnd = toTimestamp(draft.windowEnd);
    const std::string timeZone = toStd(draft.windowTimeZone);
    return d->post<ChangeRequest>([=](pqxx::connection_base &connection) {
        pqxx::work tx(connection, "gatehouse-create-change");
        const pqxx::result rows = tx.exec_params(std::string("SELECT ") + kChangeColumns
                                                     + " FROM gatehouse_create_change($1, $2, $3, $4,"
                                                       " ARRAY(SELECT jsonb_array_elements_text($5::jsonb)),"
                                                       " ARRAY(SELECT jsonb_array_elements_text($6::jsonb)),"
                                                       " $7::timestamptz, $8::timestamptz, $9)",
                                                 title, description, environment, type, integrations, workloads,
                                                 windowStart, windowEnd, timeZone);
        ChangeRequest created = changeFromRow(rows.at(0));
        tx.commit();
        return created;
    });
}

QFuture<Result<QList<AuditEntry>>> ControlStore::auditLog(qint64 changeId)
{
    const long long id = changeId;
    return d->post<QList<AuditEntry>>([id](pqxx::connection_base &connection) {
        pqxx::read_transaction tx(connection);
        const pqxx::result rows = tx.exec_params(
            "SELECT id, floor(extract(epoch FROM at) * 1000)::bigint, actor, action,"
            " coalesce(change_id, 0), detail::text"
            " FROM audit_log WHERE ($1::bigint = 0 OR change_id = $1::bigint) ORDER BY id",
            id);
        QList<AuditEntry> entries;
        entries.reserve(qsizetype(rows.size()));
        for (const auto &row : rows) {
            AuditEntry entry;
            entry.id = row[0].as<long long>();
            entry.at = fromEpochMs(row[1]);
            entry.actor = fromField(row[2]);
            entry.action = fromField(row[3]);
            entry.changeId = row[4].as<long long>();
            entry.detail = fromField(row[5]);
            entries.append(entry);
        }
        return entries;
    });
}

QFuture<Result<int>> ControlStore::schemaVersion()
{
    return d->post<int>(
        [](pqxx::connection_base &connection) { return ControlStoreMigrations::currentVersion(connection); });
}

} // namespace Gatehouse::Services
