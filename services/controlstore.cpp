#include "services/controlstore.h"

#include "models/conflictchecker.h"
#include "services/controlstoremigrations.h"
#include "services/controlstoreworker.h"
#include "services/embeddedpostgres.h"
#include "services/pgconninfo.h"
#include "services/secretstore.h"
#include "services/whenfinished.h"

#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>
#include <QPointer>
#include <QPromise>
#include <QThread>
#include <QTimeZone>

#include <pqxx/pqxx>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <map>

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
                                       " floor(extract(epoch FROM updated_at) * 1000)::bigint,"
                                       " coalesce(implementer, ''), coalesce(risk_score, -1), rollback_plan,"
                                       " coalesce(approved_policy_version, 0), review_required,"
                                       " floor(extract(epoch FROM review_due_at) * 1000)::bigint,"
                                       " floor(extract(epoch FROM reviewed_at) * 1000)::bigint,"
                                       " coalesce(reviewed_by, ''), revision";

QDateTime fromNullableEpochMs(const pqxx::field &field)
{
    return field.is_null() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(field.as<long long>(), Qt::UTC);
}

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
    change.implementer = fromField(row[14]);
    change.riskScore = row[15].as<int>();
    change.rollbackPlan = fromField(row[16]);
    change.approvedPolicyVersion = row[17].as<int>();
    change.reviewRequired = row[18].as<bool>();
    change.reviewDueAt = fromNullableEpochMs(row[19]);
    change.reviewedAt = fromNullableEpochMs(row[20]);
    change.reviewedBy = fromField(row[21]);
    change.revision = row[22].as<int>();
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
        return postJob(std::move(body), false);
    }

    // post() for a call that writes: once it has committed, the worker announces the
    // change signals it left pending (gatehouse_announce, resources/sql/0009).
    template<typename T>
    QFuture<Result<T>> postWrite(std::function<T(pqxx::connection_base &)> body)
    {
        return postJob(std::move(body), true);
    }

    template<typename T>
    QFuture<Result<T>> postJob(std::function<T(pqxx::connection_base &)> body, bool announce)
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
        job.announce = announce;
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
    whenFinished(
        d->secrets.readPassword(settings.passwordRef), this,
        [this, config, generation, start](const Result<QString> &password) mutable {
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

Models::Status ControlStore::waitForConnection(std::chrono::milliseconds timeout)
{
    QString lastDetail;
    if (d->state != ConnectionState::Connected && d->state != ConnectionState::Failed) {
        QEventLoop loop;
        QTimer timer;
        timer.setSingleShot(true);
        connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
        connect(this, &ControlStore::connectionStateChanged, &loop,
                [&loop, &lastDetail](ConnectionState state, const QString &detail) {
                    lastDetail = detail;
                    if (state == ConnectionState::Connected || state == ConnectionState::Failed)
                        loop.quit();
                });
        timer.start(timeout);
        loop.exec();
    }
    if (d->state == ConnectionState::Connected)
        return Models::Done{};
    if (lastDetail.isEmpty())
        lastDetail = tr("no answer in time");
    return Models::Status::failure(tr("Cannot reach the control store at %1: %2").arg(d->description, lastDetail));
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
    for (const QString *text :
         {&draft.title, &draft.description, &draft.environment, &draft.windowTimeZone, &draft.implementer}) {
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
    const std::string implementer = toStd(draft.implementer);
    return d->postWrite<ChangeRequest>([=](pqxx::connection_base &connection) {
        pqxx::work tx(connection, "gatehouse-create-change");
        const pqxx::result rows = tx.exec_params(std::string("SELECT ") + kChangeColumns
                                                     + " FROM gatehouse_create_change($1, $2, $3, $4,"
                                                       " ARRAY(SELECT jsonb_array_elements_text($5::jsonb)),"
                                                       " ARRAY(SELECT jsonb_array_elements_text($6::jsonb)),"
                                                       " $7::timestamptz, $8::timestamptz, $9, $10)",
                                                 title, description, environment, type, integrations, workloads,
                                                 windowStart, windowEnd, timeZone, implementer);
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

namespace {

bool anyNul(std::initializer_list<QString> texts)
{
    for (const QString &text : texts) {
        if (containsNul(text))
            return true;
    }
    return false;
}

std::string changeSelect(const std::string &call)
{
    return std::string("SELECT ") + kChangeColumns + " FROM " + call;
}

// A name for a prepared statement, new on every call: each call site takes one once.
std::string nextPreparedName()
{
    static std::atomic<int> next{0};
    return "gatehouse_call_" + std::to_string(++next);
}

// One field of an audit row's canonical content, as gatehouse_audit_field writes it.
QByteArray canonicalField(const QByteArray &utf8)
{
    return QByteArray::number(utf8.size()) + ':' + utf8 + ';';
}

void rolesText(const QList<Models::ApprovalRequirement> &requirements, QJsonArray &out)
{
    for (const auto &requirement : requirements)
        out.append(QJsonObject{{QStringLiteral("role"), requirement.role}, {QStringLiteral("count"), requirement.count}});
}

} // namespace

QString ControlStore::urlForUser(const QString &serverUrl, const QString &user)
{
    const QString trimmed = serverUrl.trimmed();
    if (PgConnInfo::isUri(trimmed)) {
        QUrl url(trimmed);
        url.setUserName(user);
        url.setPassword(QString());
        return url.toString();
    }
    // key=value form: a later "user=" wins in libpq.
    return trimmed + QStringLiteral(" user=") + PgConnInfo::quoteValue(user);
}

QFuture<Result<QList<Models::HeldRole>>> ControlStore::myRoles()
{
    return d->post<QList<Models::HeldRole>>([](pqxx::connection_base &connection) {
        pqxx::read_transaction tx(connection);
        const pqxx::result rows = tx.exec("SELECT role, via_break_glass, floor(extract(epoch FROM expires_at) * 1000)::bigint"
                                          " FROM gatehouse_my_roles() ORDER BY role");
        QList<Models::HeldRole> roles;
        for (const auto &row : rows)
            roles.append({fromField(row[0]), row[1].as<bool>(), fromNullableEpochMs(row[2])});
        return roles;
    });
}

QFuture<Result<QString>> ControlStore::currentUser()
{
    return d->post<QString>([](pqxx::connection_base &connection) {
        pqxx::read_transaction tx(connection);
        return fromField(tx.exec("SELECT session_user::text")[0][0]);
    });
}

QFuture<Result<ChangeRequest>> ControlStore::change(qint64 changeId)
{
    const long long id = changeId;
    return d->post<ChangeRequest>([id](pqxx::connection_base &connection) {
        pqxx::read_transaction tx(connection);
        const pqxx::result rows = tx.exec_params(changeSelect("change_requests WHERE id = $1"), id);
        if (rows.empty())
            throw pqxx::data_exception("change " + std::to_string(id) + " does not exist");
        return changeFromRow(rows[0]);
    });
}

// One statement in autocommit: the server commits as soon as the function returns, so
// the audit chain head it locked last is not held across a client round trip for COMMIT
// (which serialised approvals of every client). A connection lost during the statement
// may have lost it after the commit: that is in doubt, never retried.
//
// Each call is a prepared statement: parsing and planning it is server CPU on every call
// otherwise (about 5 % of an approval under load). libpqxx registers it with the server on
// its first use on a connection, and again on a new connection; declaring it again with the
// same text is a no-op. Each call site has its own name.
#define GATEHOUSE_CHANGE_CALL(call, ...)                                                                                \
    d->postWrite<ChangeRequest>([=](pqxx::connection_base &connection) {                                               \
        static const std::string sql = changeSelect(call);                                                             \
        static const std::string name = nextPreparedName();                                                            \
        connection.prepare(name, sql);                                                                                 \
        pqxx::nontransaction tx(connection);                                                                           \
        pqxx::result rows;                                                                                             \
        try {                                                                                                          \
            rows = tx.exec_prepared(name, __VA_ARGS__);                                                                \
        } catch (const pqxx::broken_connection &lost) {                                                                \
            throw pqxx::in_doubt_error(lost.what());                                                                   \
        }                                                                                                              \
        return changeFromRow(rows.at(0));                                                                              \
    })

QFuture<Result<ChangeRequest>> ControlStore::submit(qint64 changeId, const QString &comment)
{
    if (anyNul({comment}))
        return readyFailure<ChangeRequest>(tr("Text with a NUL character cannot be stored."));
    const long long id = changeId;
    const std::string text = toStd(comment);
    return GATEHOUSE_CHANGE_CALL("gatehouse_submit($1, $2)", id, text);
}

QFuture<Result<ChangeRequest>> ControlStore::assess(qint64 changeId, int riskScore, const QString &comment)
{
    if (anyNul({comment}))
        return readyFailure<ChangeRequest>(tr("Text with a NUL character cannot be stored."));
    if (riskScore < 0 || riskScore > 100)
        return readyFailure<ChangeRequest>(tr("A risk score is between 0 and 100."));
    const long long id = changeId;
    const std::string text = toStd(comment);
    return GATEHOUSE_CHANGE_CALL("gatehouse_assess($1, $2, $3)", id, riskScore, text);
}

QFuture<Result<ChangeRequest>> ControlStore::approve(qint64 changeId, const QString &comment, const QString &role)
{
    if (anyNul({comment, role}))
        return readyFailure<ChangeRequest>(tr("Text with a NUL character cannot be stored."));
    const long long id = changeId;
    const std::string text = toStd(comment);
    const std::string roleText = toStd(role);
    return GATEHOUSE_CHANGE_CALL("gatehouse_approve($1, $2, nullif($3, ''))", id, text, roleText);
}

QFuture<Result<ChangeRequest>> ControlStore::reject(qint64 changeId, const QString &comment)
{
    if (anyNul({comment}))
        return readyFailure<ChangeRequest>(tr("Text with a NUL character cannot be stored."));
    const long long id = changeId;
    const std::string text = toStd(comment);
    return GATEHOUSE_CHANGE_CALL("gatehouse_reject($1, $2)", id, text);
}

QFuture<Result<ChangeRequest>> ControlStore::requestChanges(qint64 changeId, const QString &comment)
{
    if (anyNul({comment}))
        return readyFailure<ChangeRequest>(tr("Text with a NUL character cannot be stored."));
    const long long id = changeId;
    const std::string text = toStd(comment);
    return GATEHOUSE_CHANGE_CALL("gatehouse_request_changes($1, $2)", id, text);
}

QFuture<Result<ChangeRequest>> ControlStore::schedule(qint64 changeId, const QString &comment)
{
    if (anyNul({comment}))
        return readyFailure<ChangeRequest>(tr("Text with a NUL character cannot be stored."));
    const long long id = changeId;
    const std::string text = toStd(comment);
    return GATEHOUSE_CHANGE_CALL("gatehouse_schedule($1, $2)", id, text);
}

QFuture<Result<ChangeRequest>> ControlStore::start(qint64 changeId, const QString &comment)
{
    if (anyNul({comment}))
        return readyFailure<ChangeRequest>(tr("Text with a NUL character cannot be stored."));
    const long long id = changeId;
    const std::string text = toStd(comment);
    return GATEHOUSE_CHANGE_CALL("gatehouse_start($1, $2)", id, text);
}

QFuture<Result<ChangeRequest>> ControlStore::complete(qint64 changeId, const QString &comment)
{
    if (anyNul({comment}))
        return readyFailure<ChangeRequest>(tr("Text with a NUL character cannot be stored."));
    const long long id = changeId;
    const std::string text = toStd(comment);
    return GATEHOUSE_CHANGE_CALL("gatehouse_finish($1, 'completed', $2)", id, text);
}

QFuture<Result<ChangeRequest>> ControlStore::rollBack(qint64 changeId, const QString &comment)
{
    if (anyNul({comment}))
        return readyFailure<ChangeRequest>(tr("Text with a NUL character cannot be stored."));
    const long long id = changeId;
    const std::string text = toStd(comment);
    return GATEHOUSE_CHANGE_CALL("gatehouse_finish($1, 'rolled-back', $2)", id, text);
}

QFuture<Result<ChangeRequest>> ControlStore::fail(qint64 changeId, const QString &comment)
{
    if (anyNul({comment}))
        return readyFailure<ChangeRequest>(tr("Text with a NUL character cannot be stored."));
    const long long id = changeId;
    const std::string text = toStd(comment);
    return GATEHOUSE_CHANGE_CALL("gatehouse_finish($1, 'failed', $2)", id, text);
}

QFuture<Result<ChangeRequest>> ControlStore::review(qint64 changeId, const QString &comment)
{
    if (anyNul({comment}))
        return readyFailure<ChangeRequest>(tr("Text with a NUL character cannot be stored."));
    const long long id = changeId;
    const std::string text = toStd(comment);
    return GATEHOUSE_CHANGE_CALL("gatehouse_review($1, $2)", id, text);
}

QFuture<Result<ChangeRequest>> ControlStore::closeChange(qint64 changeId, const QString &comment)
{
    if (anyNul({comment}))
        return readyFailure<ChangeRequest>(tr("Text with a NUL character cannot be stored."));
    const long long id = changeId;
    const std::string text = toStd(comment);
    return GATEHOUSE_CHANGE_CALL("gatehouse_close($1, $2)", id, text);
}

QFuture<Result<ChangeRequest>> ControlStore::reschedule(qint64 changeId, const QDateTime &start, const QDateTime &end,
                                                        const QString &timeZone, const QString &reason)
{
    if (anyNul({timeZone, reason}))
        return readyFailure<ChangeRequest>(tr("Text with a NUL character cannot be stored."));
    if (!start.isValid() || !end.isValid())
        return readyFailure<ChangeRequest>(tr("A change needs a window start and end."));
    if (!timeZone.isEmpty() && !QTimeZone::isTimeZoneIdAvailable(timeZone.toUtf8()))
        return readyFailure<ChangeRequest>(tr("Unknown time zone '%1'.").arg(timeZone));
    const long long id = changeId;
    const std::string from = toTimestamp(start);
    const std::string to = toTimestamp(end);
    const std::string zone = toStd(timeZone);
    const std::string why = toStd(reason);
    return GATEHOUSE_CHANGE_CALL("gatehouse_reschedule($1, $2::timestamptz, $3::timestamptz, $4, $5)", id, from, to,
                                 zone, why);
}

QFuture<Result<ChangeRequest>> ControlStore::setScope(qint64 changeId, const Models::ChangeScope &scope,
                                                      const QString &reason)
{
    const QByteArray json = scope.toJson();
    // JSON escapes a NUL as \u0000, which jsonb refuses; say so plainly instead.
    if (json.contains("\\u0000") || anyNul({reason}))
        return readyFailure<ChangeRequest>(tr("Text with a NUL character cannot be stored."));
    const long long id = changeId;
    const std::string document = json.toStdString();
    const std::string why = toStd(reason);
    return GATEHOUSE_CHANGE_CALL("gatehouse_set_scope($1, $2::jsonb, $3)", id, document, why);
}

QFuture<Result<ChangeRequest>> ControlStore::unschedule(qint64 changeId, const QString &reason)
{
    if (anyNul({reason}))
        return readyFailure<ChangeRequest>(tr("Text with a NUL character cannot be stored."));
    const long long id = changeId;
    const std::string text = toStd(reason);
    return GATEHOUSE_CHANGE_CALL("gatehouse_unschedule($1, $2)", id, text);
}

#undef GATEHOUSE_CHANGE_CALL

QFuture<Result<Models::ChangeScope>> ControlStore::scope(qint64 changeId)
{
    const long long id = changeId;
    return d->post<Models::ChangeScope>([id](pqxx::connection_base &connection) {
        pqxx::read_transaction tx(connection);
        Models::ChangeScope scope;
        for (const auto &row : tx.exec_params("SELECT name, image FROM change_workloads WHERE change_id = $1 ORDER BY position", id))
            scope.workloads.append({fromField(row[0]), fromField(row[1])});
        for (const auto &row : tx.exec_params("SELECT name, version FROM change_modules WHERE change_id = $1 ORDER BY position", id))
            scope.modules.append({fromField(row[0]), fromField(row[1])});
        for (const auto &row : tx.exec_params("SELECT name, array_to_json(pre_checks)::text, lock_impact, rollback_plan"
                                              " FROM change_migrations WHERE change_id = $1 ORDER BY position",
                                              id))
            scope.migrations.append({fromField(row[0]), fromJsonArray(row[1]), fromField(row[2]), fromField(row[3])});
        for (const auto &row : tx.exec_params("SELECT component, description FROM change_infrastructure"
                                              " WHERE change_id = $1 ORDER BY position",
                                              id))
            scope.infrastructure.append({fromField(row[0]), fromField(row[1])});
        for (const auto &row : tx.exec_params("SELECT name, query, comparison, threshold, duration_seconds, action"
                                              " FROM change_rollback_criteria WHERE change_id = $1 ORDER BY position",
                                              id))
            scope.rollbackCriteria.append({fromField(row[0]), fromField(row[1]), fromField(row[2]), row[3].as<double>(),
                                           row[4].as<long long>(), fromField(row[5])});
        const pqxx::result change = tx.exec_params("SELECT rollback_plan FROM change_requests WHERE id = $1", id);
        if (change.empty())
            throw pqxx::data_exception("change " + std::to_string(id) + " does not exist");
        scope.rollbackPlan = fromField(change[0][0]);
        return scope;
    });
}

QFuture<Models::Status> ControlStore::overrideFreeze(qint64 changeId, const QString &rule, const QString &role,
                                                     const QString &reason)
{
    if (anyNul({rule, role, reason}))
        return readyFailure<Models::Done>(tr("Text with a NUL character cannot be stored."));
    const long long id = changeId;
    const std::string ruleText = toStd(rule), roleText = toStd(role), why = toStd(reason);
    return d->postWrite<Models::Done>([=](pqxx::connection_base &connection) {
        pqxx::work tx(connection);
        tx.exec_params("SELECT gatehouse_override_freeze($1, $2, $3, $4)", id, ruleText, roleText, why);
        tx.commit();
        return Models::Done{};
    });
}

QFuture<Models::Status> ControlStore::overrideGate(qint64 changeId, const QString &environment, const QString &gate,
                                                   const QString &reason)
{
    if (anyNul({environment, gate, reason}))
        return readyFailure<Models::Done>(tr("Text with a NUL character cannot be stored."));
    const long long id = changeId;
    const std::string env = toStd(environment), gateText = toStd(gate), why = toStd(reason);
    return d->postWrite<Models::Done>([=](pqxx::connection_base &connection) {
        pqxx::work tx(connection);
        tx.exec_params("SELECT gatehouse_override_gate($1, $2, $3, $4)", id, env, gateText, why);
        tx.commit();
        return Models::Done{};
    });
}

QFuture<Result<QList<Models::GateOverride>>> ControlStore::gateOverrides(qint64 changeId)
{
    const long long id = changeId;
    return d->post<QList<Models::GateOverride>>([id](pqxx::connection_base &connection) {
        pqxx::read_transaction tx(connection);
        QList<Models::GateOverride> overrides;
        for (const auto &row : tx.exec_params("SELECT change_id, environment, gate, reason, by_user,"
                                              " floor(extract(epoch FROM at) * 1000)::bigint"
                                              " FROM gate_overrides WHERE change_id = $1 ORDER BY id",
                                              id))
            overrides.append({row[0].as<long long>(), fromField(row[1]), fromField(row[2]), fromField(row[3]),
                              fromField(row[4]), fromEpochMs(row[5])});
        return overrides;
    });
}

QFuture<Result<Models::ChangeComment>> ControlStore::comment(qint64 changeId, const QString &text)
{
    if (anyNul({text}))
        return readyFailure<Models::ChangeComment>(tr("Text with a NUL character cannot be stored."));
    const long long id = changeId;
    const std::string body = toStd(text);
    return d->postWrite<Models::ChangeComment>([=](pqxx::connection_base &connection) {
        pqxx::work tx(connection);
        const pqxx::row row = tx.exec_params1("SELECT id, change_id, author, body,"
                                              " floor(extract(epoch FROM at) * 1000)::bigint"
                                              " FROM gatehouse_comment($1, $2)",
                                              id, body);
        Models::ChangeComment written{row[0].as<long long>(), row[1].as<long long>(), fromField(row[2]),
                                      fromField(row[3]), fromEpochMs(row[4])};
        tx.commit();
        return written;
    });
}

QFuture<Result<QList<Models::ChangeComment>>> ControlStore::comments(qint64 changeId)
{
    const long long id = changeId;
    return d->post<QList<Models::ChangeComment>>([id](pqxx::connection_base &connection) {
        pqxx::read_transaction tx(connection);
        QList<Models::ChangeComment> list;
        for (const auto &row : tx.exec_params("SELECT id, change_id, author, body,"
                                              " floor(extract(epoch FROM at) * 1000)::bigint"
                                              " FROM comments WHERE change_id = $1 ORDER BY id",
                                              id))
            list.append({row[0].as<long long>(), row[1].as<long long>(), fromField(row[2]), fromField(row[3]),
                         fromEpochMs(row[4])});
        return list;
    });
}

QFuture<Result<QList<Models::Approval>>> ControlStore::approvals(qint64 changeId)
{
    const long long id = changeId;
    return d->post<QList<Models::Approval>>([id](pqxx::connection_base &connection) {
        pqxx::read_transaction tx(connection);
        QList<Models::Approval> list;
        for (const auto &row : tx.exec_params("SELECT id, change_id, approver, role, decision, comment,"
                                              " coalesce(policy_version, 0), change_revision,"
                                              " floor(extract(epoch FROM at) * 1000)::bigint,"
                                              " floor(extract(epoch FROM voided_at) * 1000)::bigint,"
                                              " coalesce(void_reason, '')"
                                              " FROM approvals WHERE change_id = $1 ORDER BY id",
                                              id)) {
            Models::Approval approval;
            approval.id = row[0].as<long long>();
            approval.changeId = row[1].as<long long>();
            approval.approver = fromField(row[2]);
            approval.role = fromField(row[3]);
            const QString decision = fromField(row[4]);
            approval.decision = decision == QLatin1String("approve") ? Models::Approval::Decision::Approve
                                : decision == QLatin1String("reject") ? Models::Approval::Decision::Reject
                                                                      : Models::Approval::Decision::RequestChanges;
            approval.comment = fromField(row[5]);
            approval.policyVersion = row[6].as<int>();
            approval.changeRevision = row[7].as<int>();
            approval.at = fromEpochMs(row[8]);
            approval.voidedAt = fromNullableEpochMs(row[9]);
            approval.voidReason = fromField(row[10]);
            list.append(approval);
        }
        return list;
    });
}

QFuture<Result<QList<Models::CompletedArtifact>>> ControlStore::completedArtifacts(const QStringList &environments)
{
    const std::string names = toJsonArray(environments);
    return d->post<QList<Models::CompletedArtifact>>([names](pqxx::connection_base &connection) {
        pqxx::read_transaction tx(connection);
        QList<Models::CompletedArtifact> list;
        const pqxx::result rows = tx.exec_params(
            "WITH done AS (SELECT id, environment FROM change_requests c"
            "  WHERE c.environment IN (SELECT jsonb_array_elements_text($1::jsonb))"
            "    AND (c.state = 'completed' OR (c.state = 'closed' AND EXISTS (SELECT 1 FROM audit_log a"
            "         WHERE a.change_id = c.id AND a.action = 'change.completed'))))"
            " SELECT 'workload:' || w.name || '@' || w.image, done.environment, done.id"
            "   FROM change_workloads w JOIN done ON done.id = w.change_id"
            " UNION ALL"
            " SELECT 'module:' || m.name || '@' || m.version, done.environment, done.id"
            "   FROM change_modules m JOIN done ON done.id = m.change_id"
            " ORDER BY 3",
            names);
        for (const auto &row : rows)
            list.append({fromField(row[0]), fromField(row[1]), row[2].as<long long>()});
        return list;
    });
}

QByteArray ControlStore::policyDocument(const Models::Estate &estate)
{
    QJsonObject tiers;
    for (const Models::Policy &policy : estate.policies) {
        QJsonArray approvals;
        rolesText(policy.approvals, approvals);
        QJsonArray emergencyApprovals;
        rolesText(policy.emergencyApprovals, emergencyApprovals);
        tiers.insert(Models::toString(policy.tier),
                     QJsonObject{{QStringLiteral("name"), policy.name},
                                 {QStringLiteral("approvals"), approvals},
                                 {QStringLiteral("separationOfDuties"), policy.separationOfDuties},
                                 {QStringLiteral("emergency"),
                                  QJsonObject{{QStringLiteral("allowed"), policy.emergencyAllowed},
                                              {QStringLiteral("approvals"), emergencyApprovals},
                                              {QStringLiteral("postImplementationReviewSeconds"),
                                               policy.postImplementationReviewSeconds}}},
                                 {QStringLiteral("gates"), QJsonArray::fromStringList(policy.gates)},
                                 {QStringLiteral("riskCabThreshold"), policy.riskCabThreshold},
                                 {QStringLiteral("riskMaxScore"), policy.riskMaxScore},
                                 // Who may override: the database checks the role a client
                                 // claims against these lists (the estate's "overrides").
                                 {QStringLiteral("freezeOverrideRoles"),
                                  QJsonArray::fromStringList(policy.freezeOverrideRoles)},
                                 {QStringLiteral("gateOverrideRoles"),
                                  QJsonArray::fromStringList(policy.gateOverrideRoles)}});
    }
    QJsonObject environments;
    for (const Models::Environment &environment : estate.environments)
        environments.insert(environment.name, Models::toString(environment.tier));
    return QJsonDocument(QJsonObject{{QStringLiteral("tiers"), tiers}, {QStringLiteral("environments"), environments}})
        .toJson(QJsonDocument::Compact);
}

QFuture<Result<int>> ControlStore::applyPolicy(const QByteArray &document)
{
    QJsonParseError error;
    QJsonDocument::fromJson(document, &error);
    if (error.error != QJsonParseError::NoError)
        return readyFailure<int>(tr("The policy document is not valid JSON: %1").arg(error.errorString()));
    const std::string text = document.toStdString();
    return d->postWrite<int>([text](pqxx::connection_base &connection) {
        pqxx::work tx(connection);
        const int version = tx.exec_params1("SELECT gatehouse_apply_policy($1::jsonb)", text)[0].as<int>();
        tx.commit();
        return version;
    });
}

QFuture<Result<QPair<int, QByteArray>>> ControlStore::currentPolicy()
{
    return d->post<QPair<int, QByteArray>>([](pqxx::connection_base &connection) {
        pqxx::read_transaction tx(connection);
        const pqxx::result rows = tx.exec("SELECT version, document::text FROM policy_versions ORDER BY version DESC LIMIT 1");
        if (rows.empty())
            return QPair<int, QByteArray>(0, QByteArray());
        return QPair<int, QByteArray>(rows[0][0].as<int>(), QByteArray(rows[0][1].c_str(), qsizetype(rows[0][1].size())));
    });
}

namespace {

// The outcome as gatehouse_sync_policy / gatehouse_policy_status report it, with the
// sentence the UI shows when the estate's policy is not the applied one.
PolicySync policySync(int version, int previousVersion, PolicySync::Outcome outcome, bool mayApply)
{
    PolicySync sync;
    sync.version = version;
    sync.previousVersion = previousVersion;
    sync.outcome = outcome;
    sync.mayApply = mayApply;
    if (outcome == PolicySync::Outcome::OutOfDate) {
        sync.message = version == 0
                           ? ControlStore::tr("No policy has been applied to the control store yet; an administrator "
                                              "must apply the estate's policy.")
                           : ControlStore::tr("The estate's policy differs from the control store's (version %1); an "
                                              "administrator must apply it.")
                                 .arg(version);
    }
    return sync;
}

bool isJsonObject(const QByteArray &document)
{
    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(document, &error);
    return error.error == QJsonParseError::NoError && parsed.isObject() && !document.contains("\\u0000");
}

} // namespace

QFuture<Result<PolicySync>> ControlStore::comparePolicy(const QByteArray &document)
{
    if (!isJsonObject(document))
        return readyFailure<PolicySync>(tr("The policy document is not a JSON object."));
    const std::string text = document.toStdString();
    return d->post<PolicySync>([text](pqxx::connection_base &connection) {
        pqxx::read_transaction tx(connection);
        const pqxx::row row =
            tx.exec_params1("SELECT applied_version, up_to_date, may_apply FROM gatehouse_policy_status($1::jsonb)", text);
        const int version = row[0].as<int>();
        return policySync(version, version,
                          row[1].as<bool>() ? PolicySync::Outcome::UpToDate : PolicySync::Outcome::OutOfDate,
                          row[2].as<bool>());
    });
}

QFuture<Result<PolicySync>> ControlStore::syncPolicy(const QByteArray &document)
{
    if (!isJsonObject(document))
        return readyFailure<PolicySync>(tr("The policy document is not a JSON object."));
    const std::string text = document.toStdString();
    // The signals are queued from the worker rather than chained with then(): a future
    // keeps one continuation, and that one belongs to the caller. This object outlives
    // every job (close() waits for the worker).
    return d->postWrite<PolicySync>([this, text](pqxx::connection_base &connection) {
        pqxx::work tx(connection, "gatehouse-sync-policy");
        const pqxx::row row = tx.exec_params1(
            "SELECT version, previous_version, outcome, may_apply FROM gatehouse_sync_policy($1::jsonb)", text);
        const std::string outcome = row[2].as<std::string>();
        PolicySync sync = policySync(row[0].as<int>(), row[1].as<int>(),
                                     outcome == "applied"      ? PolicySync::Outcome::Applied
                                     : outcome == "up-to-date" ? PolicySync::Outcome::UpToDate
                                                               : PolicySync::Outcome::OutOfDate,
                                     row[3].as<bool>());
        tx.commit();
        QMetaObject::invokeMethod(
            this,
            [this, sync] {
                if (sync.outcome == PolicySync::Outcome::OutOfDate)
                    Q_EMIT policyOutOfDate(sync.version, sync.message);
                else
                    Q_EMIT policyUpToDate(sync.version);
            },
            Qt::QueuedConnection);
        return sync;
    });
}

QFuture<Models::Status> ControlStore::grantBreakGlass(const QString &person, const QString &role, const QString &reason,
                                                      const QDateTime &expiresAt)
{
    if (anyNul({person, role, reason}))
        return readyFailure<Models::Done>(tr("Text with a NUL character cannot be stored."));
    if (!expiresAt.isValid())
        return readyFailure<Models::Done>(tr("Break-glass access needs an expiry."));
    const std::string who = toStd(person), roleText = toStd(role), why = toStd(reason), until = toTimestamp(expiresAt);
    return d->postWrite<Models::Done>([=](pqxx::connection_base &connection) {
        pqxx::work tx(connection);
        tx.exec_params("SELECT gatehouse_grant_break_glass($1, $2, $3, $4::timestamptz)", who, roleText, why, until);
        tx.commit();
        return Models::Done{};
    });
}

QFuture<Result<Models::AuditChainReport>> ControlStore::verifyAuditChain()
{
    return d->post<Models::AuditChainReport>([](pqxx::connection_base &connection) {
        // One snapshot for rows and heads, so a concurrent append cannot look like a break.
        pqxx::transaction<pqxx::repeatable_read, pqxx::read_only> tx(connection);
        Models::AuditChainReport report;
        const pqxx::result rows = tx.exec(
            "SELECT id, id::text AS id_text, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'), actor, action,"
            " coalesce(change_id::text, ''), detail::text, encode(prev_hash, 'hex'), encode(hash, 'hex'), stripe"
            " FROM audit_log ORDER BY id");
        // Where each stripe's chain stands while the rows are walked in id order.
        struct Stripe
        {
            QByteArray expectedPrevious;
            long long previousId = 0;
            bool previousAltered = false;
        };
        std::map<int, Stripe> stripes;
        const auto bytes = [](const pqxx::field &field) { return QByteArray(field.c_str(), qsizetype(field.size())); };
        for (const auto &row : rows) {
            const long long id = row[0].as<long long>();
            const int stripeNumber = row[9].as<int>();
            Stripe &stripe = stripes[stripeNumber];
            const QByteArray previous = QByteArray::fromHex(bytes(row[7]));
            const QByteArray stored = QByteArray::fromHex(bytes(row[8]));
            ++report.rowsChecked;
            // After an altered row the next link break is its consequence, not a second finding.
            if (previous != stripe.expectedPrevious && !stripe.previousAltered) {
                report.breaks.append(
                    {id, stripe.previousId == 0
                             ? ControlStore::tr("Row %1 is the first row of stripe %2 but claims a predecessor: earlier rows were deleted.")
                                   .arg(id)
                                   .arg(stripeNumber)
                             : ControlStore::tr("Row %1 does not follow row %2: a row between them was deleted, inserted or reordered.")
                                   .arg(id)
                                   .arg(stripe.previousId)});
            }
            QByteArray canonical = canonicalField(bytes(row[1])) + canonicalField(bytes(row[2]))
                                   + canonicalField(bytes(row[3])) + canonicalField(bytes(row[4]))
                                   + canonicalField(bytes(row[5])) + canonicalField(bytes(row[6]));
            // Stripe 0 is the chain written before stripes; its rows' content has no stripe number.
            if (stripeNumber != 0)
                canonical += canonicalField(QByteArray::number(stripeNumber));
            const QByteArray computed = QCryptographicHash::hash(QByteArray(previous + canonical), QCryptographicHash::Sha256);
            stripe.previousAltered = computed != stored;
            if (stripe.previousAltered)
                report.breaks.append({id, ControlStore::tr("Row %1 was altered: its content does not match its hash.").arg(id)});
            stripe.expectedPrevious = stored;
            stripe.previousId = id;
        }
        // Every head against the last row of its stripe: this finds deleted or forged rows at
        // a stripe's end. A stripe with rows but no head has lost its head.
        std::map<int, std::pair<long long, QByteArray>> heads;
        for (const auto &head : tx.exec("SELECT stripe, coalesce(last_id, 0), encode(last_hash, 'hex') FROM audit_stripes"))
            heads[head[0].as<int>()] = {head[1].as<long long>(), QByteArray::fromHex(bytes(head[2]))};
        for (const auto &entry : stripes)
            heads.try_emplace(entry.first, 0, QByteArray());
        for (const auto &[stripeNumber, head] : heads) {
            const auto found = stripes.find(stripeNumber);
            const long long lastId = found == stripes.end() ? 0 : found->second.previousId;
            const QByteArray lastHash = found == stripes.end() ? QByteArray() : found->second.expectedPrevious;
            if (head.first == lastId && head.second == lastHash)
                continue;
            report.breaks.append(
                {std::max(head.first, lastId),
                 lastId == 0 ? ControlStore::tr("Stripe %1 ends at row %2, but it has no rows: its rows were deleted.")
                                   .arg(stripeNumber)
                                   .arg(head.first)
                             : ControlStore::tr("Stripe %3 ends at row %1, but its newest row is %2: rows at the end were deleted or added outside the chain.")
                                   .arg(head.first)
                                   .arg(lastId)
                                   .arg(stripeNumber)});
        }
        std::stable_sort(report.breaks.begin(), report.breaks.end(),
                         [](const Models::AuditChainBreak &a, const Models::AuditChainBreak &b) { return a.rowId < b.rowId; });
        return report;
    });
}

// --- Releases -----------------------------------------------------------------------

namespace {

constexpr const char *kReleaseColumns =
    "r.id, r.title, r.state, r.current_phase, r.stop_reason, r.created_by,"
    " floor(extract(epoch FROM r.created_at) * 1000)::bigint,"
    " floor(extract(epoch FROM r.updated_at) * 1000)::bigint,"
    " coalesce(l.holder, ''), floor(extract(epoch FROM l.expires_at) * 1000)::bigint,"
    " (SELECT coalesce(json_agg(change_id ORDER BY position), '[]')::text FROM release_changes c WHERE c.release_id = r.id)";

Models::Release releaseFromRow(const pqxx::row &row)
{
    Models::Release release;
    release.id = row[0].as<long long>();
    release.title = fromField(row[1]);
    release.state = Models::releaseStateFromString(fromField(row[2])).value_or(Models::ReleaseState::Failed);
    release.currentPhase = row[3].as<int>();
    release.stopReason = fromField(row[4]);
    release.createdBy = fromField(row[5]);
    release.createdAt = fromEpochMs(row[6]);
    release.updatedAt = fromEpochMs(row[7]);
    release.leaseHolder = fromField(row[8]);
    release.leaseExpiresAt = fromNullableEpochMs(row[9]);
    const auto ids = QJsonDocument::fromJson(QByteArray(row[10].c_str(), qsizetype(row[10].size()))).array();
    for (const auto &id : ids)
        release.changeIds.append(id.toInteger());
    return release;
}

QList<Models::ReleasePhase> readPhases(pqxx::transaction_base &tx, long long releaseId)
{
    QList<Models::ReleasePhase> phases;
    for (const auto &row : tx.exec_params(
             "SELECT position, environment, workload, container, image, kind, bake_seconds, migration, state,"
             " floor(extract(epoch FROM started_at) * 1000)::bigint,"
             " floor(extract(epoch FROM bake_started_at) * 1000)::bigint,"
             " floor(extract(epoch FROM finished_at) * 1000)::bigint, note"
             " FROM release_phases WHERE release_id = $1 ORDER BY position",
             releaseId)) {
        Models::ReleasePhase phase;
        phase.position = row[0].as<int>();
        phase.environment = fromField(row[1]);
        phase.workload = fromField(row[2]);
        phase.container = fromField(row[3]);
        phase.image = fromField(row[4]);
        phase.kind = Models::phaseKindFromString(fromField(row[5])).value_or(Models::PhaseKind::Canary);
        phase.bakeSeconds = row[6].as<long long>();
        phase.migration = row[7].as<bool>();
        phase.state = Models::phaseStateFromString(fromField(row[8])).value_or(Models::PhaseState::Failed);
        phase.startedAt = fromNullableEpochMs(row[9]);
        phase.bakeStartedAt = fromNullableEpochMs(row[10]);
        phase.finishedAt = fromNullableEpochMs(row[11]);
        phase.note = fromField(row[12]);
        phases.append(phase);
    }
    return phases;
}

Models::Release readRelease(pqxx::transaction_base &tx, long long releaseId)
{
    const pqxx::result rows = tx.exec_params(std::string("SELECT ") + kReleaseColumns
                                                 + " FROM releases r LEFT JOIN release_leases l ON l.release_id = r.id"
                                                   " AND l.expires_at > clock_timestamp() WHERE r.id = $1",
                                             releaseId);
    if (rows.empty())
        throw pqxx::data_exception("release " + std::to_string(releaseId) + " does not exist");
    Models::Release release = releaseFromRow(rows[0]);
    release.phases = readPhases(tx, releaseId);
    for (const auto &row : tx.exec_params("SELECT phase, environment, name, lsn::text,"
                                          " floor(extract(epoch FROM created_at) * 1000)::bigint"
                                          " FROM release_restore_points WHERE release_id = $1 ORDER BY id",
                                          releaseId))
        release.restorePoints.append(
            {row[0].as<int>(), fromField(row[1]), fromField(row[2]), fromField(row[3]), fromEpochMs(row[4])});
    for (const auto &row : tx.exec_params("SELECT id, phase, action, target, reason, by_user, detail::text,"
                                          " floor(extract(epoch FROM at) * 1000)::bigint"
                                          " FROM release_actions WHERE release_id = $1 ORDER BY id",
                                          releaseId))
        release.actions.append({row[0].as<long long>(), row[1].as<int>(), fromField(row[2]), fromField(row[3]),
                                fromField(row[4]), fromField(row[5]), fromField(row[6]), fromEpochMs(row[7])});
    return release;
}

} // namespace

QFuture<Result<Models::Release>> ControlStore::createRelease(const QString &title, const QList<qint64> &changeIds,
                                                             const QList<Models::ReleasePhase> &phases)
{
    QJsonArray phaseArray;
    for (const Models::ReleasePhase &phase : phases) {
        if (anyNul({phase.environment, phase.workload, phase.container, phase.image}))
            return readyFailure<Models::Release>(tr("Text with a NUL character cannot be stored."));
        phaseArray.append(QJsonObject{{QStringLiteral("environment"), phase.environment},
                                      {QStringLiteral("workload"), phase.workload},
                                      {QStringLiteral("container"), phase.container},
                                      {QStringLiteral("image"), phase.image},
                                      {QStringLiteral("kind"), Models::toString(phase.kind)},
                                      {QStringLiteral("bakeSeconds"), double(phase.bakeSeconds)},
                                      {QStringLiteral("migration"), phase.migration}});
    }
    if (anyNul({title}))
        return readyFailure<Models::Release>(tr("Text with a NUL character cannot be stored."));
    QStringList ids;
    for (const qint64 id : changeIds)
        ids.append(QString::number(id));
    const std::string titleText = toStd(title);
    const std::string idArray = QString(QLatin1Char('{') + ids.join(QLatin1Char(',')) + QLatin1Char('}')).toStdString();
    const std::string phaseJson = QJsonDocument(phaseArray).toJson(QJsonDocument::Compact).toStdString();
    return d->postWrite<Models::Release>([=](pqxx::connection_base &connection) {
        pqxx::work tx(connection);
        const long long id =
            tx.exec_params1("SELECT id FROM gatehouse_create_release($1, $2::bigint[], $3::jsonb)", titleText, idArray,
                            phaseJson)[0]
                .as<long long>();
        Models::Release release = readRelease(tx, id);
        tx.commit();
        return release;
    });
}

QFuture<Result<Models::Release>> ControlStore::release(qint64 releaseId)
{
    const long long id = releaseId;
    return d->post<Models::Release>([id](pqxx::connection_base &connection) {
        pqxx::transaction<pqxx::repeatable_read, pqxx::read_only> tx(connection);
        return readRelease(tx, id);
    });
}

QFuture<Result<QList<Models::Release>>> ControlStore::listReleases()
{
    return d->post<QList<Models::Release>>([](pqxx::connection_base &connection) {
        pqxx::transaction<pqxx::repeatable_read, pqxx::read_only> tx(connection);
        QList<Models::Release> releases;
        for (const auto &row : tx.exec(std::string("SELECT ") + kReleaseColumns
                                       + " FROM releases r LEFT JOIN release_leases l ON l.release_id = r.id"
                                         " AND l.expires_at > clock_timestamp() ORDER BY r.id DESC")) {
            Models::Release release = releaseFromRow(row);
            release.phases = readPhases(tx, release.id);
            releases.append(release);
        }
        return releases;
    });
}

QFuture<Result<bool>> ControlStore::acquireReleaseLease(qint64 releaseId, const QString &holder,
                                                        std::chrono::milliseconds ttl)
{
    if (anyNul({holder}))
        return readyFailure<bool>(tr("Text with a NUL character cannot be stored."));
    const long long id = releaseId;
    const std::string who = toStd(holder);
    const double seconds = double(ttl.count()) / 1000.0;
    return d->postWrite<bool>([=](pqxx::connection_base &connection) {
        pqxx::work tx(connection);
        const bool held = tx.exec_params1("SELECT gatehouse_release_lease($1, $2, $3)", id, who, seconds)[0].as<bool>();
        tx.commit();
        return held;
    });
}

QFuture<Models::Status> ControlStore::dropReleaseLease(qint64 releaseId, const QString &holder)
{
    const long long id = releaseId;
    const std::string who = toStd(holder);
    return d->postWrite<Models::Done>([=](pqxx::connection_base &connection) {
        pqxx::work tx(connection);
        tx.exec_params("SELECT gatehouse_release_drop_lease($1, $2)", id, who);
        tx.commit();
        return Models::Done{};
    });
}

QFuture<Result<Models::Release>> ControlStore::setReleaseState(qint64 releaseId, const QString &holder,
                                                               Models::ReleaseState state, const QString &reason)
{
    if (anyNul({holder, reason}))
        return readyFailure<Models::Release>(tr("Text with a NUL character cannot be stored."));
    const long long id = releaseId;
    const std::string who = toStd(holder), stateText = toStd(Models::toString(state)), why = toStd(reason);
    return d->postWrite<Models::Release>([=](pqxx::connection_base &connection) {
        pqxx::work tx(connection);
        tx.exec_params("SELECT gatehouse_release_set_state($1, $2, $3, $4)", id, who, stateText, why);
        Models::Release release = readRelease(tx, id);
        tx.commit();
        return release;
    });
}

QFuture<Models::Status> ControlStore::setPhaseState(qint64 releaseId, const QString &holder, int position,
                                                    Models::PhaseState state, const QString &note)
{
    if (anyNul({holder, note}))
        return readyFailure<Models::Done>(tr("Text with a NUL character cannot be stored."));
    const long long id = releaseId;
    const std::string who = toStd(holder), stateText = toStd(Models::toString(state)), noteText = toStd(note);
    return d->postWrite<Models::Done>([=](pqxx::connection_base &connection) {
        pqxx::work tx(connection);
        tx.exec_params("SELECT gatehouse_release_set_phase($1, $2, $3, $4, $5)", id, who, position, stateText, noteText);
        tx.commit();
        return Models::Done{};
    });
}

QFuture<Models::Status> ControlStore::recordCriterionSample(qint64 releaseId, const QString &holder,
                                                            const Models::CriterionSample &sample)
{
    if (anyNul({holder, sample.criterion, sample.verdict}))
        return readyFailure<Models::Done>(tr("Text with a NUL character cannot be stored."));
    const long long id = releaseId;
    const std::string who = toStd(holder), name = toStd(sample.criterion), verdict = toStd(sample.verdict);
    // Passed as text so "no data" is a NULL, not a number.
    const std::string value = sample.value && std::isfinite(*sample.value)
                                  ? QString::number(*sample.value, 'g', 17).toStdString()
                                  : std::string();
    const int phase = sample.phase;
    return d->postWrite<Models::Done>([=](pqxx::connection_base &connection) {
        pqxx::work tx(connection);
        tx.exec_params("SELECT gatehouse_release_record_sample($1, $2, $3, $4, NULLIF($5, '')::double precision, $6)",
                       id, who, phase, name, value, verdict);
        tx.commit();
        return Models::Done{};
    });
}

QFuture<Result<QList<Models::CriterionSample>>> ControlStore::criterionSamples(qint64 releaseId)
{
    const long long id = releaseId;
    return d->post<QList<Models::CriterionSample>>([id](pqxx::connection_base &connection) {
        pqxx::read_transaction tx(connection);
        QList<Models::CriterionSample> samples;
        for (const auto &row : tx.exec_params("SELECT phase, criterion, value, verdict,"
                                              " floor(extract(epoch FROM at) * 1000)::bigint"
                                              " FROM release_samples WHERE release_id = $1 ORDER BY id",
                                              id)) {
            Models::CriterionSample sample;
            sample.phase = row[0].as<int>();
            sample.criterion = fromField(row[1]);
            if (!row[2].is_null())
                sample.value = row[2].as<double>();
            sample.verdict = fromField(row[3]);
            sample.at = fromEpochMs(row[4]);
            samples.append(sample);
        }
        return samples;
    });
}

QFuture<Models::Status> ControlStore::recordRestorePoint(qint64 releaseId, const QString &holder,
                                                         const Models::RestorePoint &point)
{
    if (anyNul({holder, point.environment, point.name, point.lsn}))
        return readyFailure<Models::Done>(tr("Text with a NUL character cannot be stored."));
    const long long id = releaseId;
    const std::string who = toStd(holder), env = toStd(point.environment), name = toStd(point.name),
                      lsn = toStd(point.lsn), at = toTimestamp(point.createdAt);
    const int phase = point.phase;
    return d->postWrite<Models::Done>([=](pqxx::connection_base &connection) {
        pqxx::work tx(connection);
        tx.exec_params("SELECT gatehouse_release_record_restore_point($1, $2, $3, $4, $5, $6::pg_lsn, $7::timestamptz)",
                       id, who, phase, env, name, lsn, at);
        tx.commit();
        return Models::Done{};
    });
}

QFuture<Models::Status> ControlStore::recordReleaseAction(qint64 releaseId, const QString &holder,
                                                          const Models::ReleaseAction &action)
{
    if (anyNul({holder, action.action, action.target, action.reason}))
        return readyFailure<Models::Done>(tr("Text with a NUL character cannot be stored."));
    const QByteArray detailJson = action.detail.isEmpty() ? QByteArray("{}") : action.detail.toUtf8();
    if (detailJson.contains("\\u0000") || !QJsonDocument::fromJson(detailJson).isObject())
        return readyFailure<Models::Done>(tr("The detail of an action must be a JSON object."));
    const long long id = releaseId;
    const std::string who = toStd(holder), what = toStd(action.action), target = toStd(action.target),
                      why = toStd(action.reason), detail = detailJson.toStdString();
    const int phase = action.phase;
    return d->postWrite<Models::Done>([=](pqxx::connection_base &connection) {
        pqxx::work tx(connection);
        tx.exec_params("SELECT gatehouse_release_record_action($1, $2, $3, $4, $5, $6, $7::jsonb)", id, who, phase, what,
                       target, why, detail);
        tx.commit();
        return Models::Done{};
    });
}

QFuture<Result<Models::Release>> ControlStore::continueRelease(qint64 releaseId, const QString &reason)
{
    if (anyNul({reason}))
        return readyFailure<Models::Release>(tr("Text with a NUL character cannot be stored."));
    const long long id = releaseId;
    const std::string why = toStd(reason);
    return d->postWrite<Models::Release>([=](pqxx::connection_base &connection) {
        pqxx::work tx(connection);
        tx.exec_params("SELECT gatehouse_release_continue($1, $2)", id, why);
        Models::Release release = readRelease(tx, id);
        tx.commit();
        return release;
    });
}

namespace {

constexpr const char *kReleaseRequestColumns =
    "id, kind, environment, phase, reason, by_user, floor(extract(epoch FROM at) * 1000)::bigint,"
    " floor(extract(epoch FROM handled_at) * 1000)::bigint, coalesce(handled_by, ''), outcome";

Models::ReleaseRequest releaseRequestFromRow(const pqxx::row &row)
{
    Models::ReleaseRequest request;
    request.id = row[0].as<long long>();
    request.kind = fromField(row[1]);
    request.environment = fromField(row[2]);
    request.phase = row[3].as<int>();
    request.reason = fromField(row[4]);
    request.by = fromField(row[5]);
    request.at = fromEpochMs(row[6]);
    request.handledAt = fromNullableEpochMs(row[7]);
    request.handledBy = fromField(row[8]);
    request.outcome = fromField(row[9]);
    return request;
}

} // namespace

QFuture<Result<Models::ReleaseRequest>> ControlStore::requestReleaseRollback(qint64 releaseId, const QString &reason)
{
    if (anyNul({reason}))
        return readyFailure<Models::ReleaseRequest>(tr("Text with a NUL character cannot be stored."));
    const long long id = releaseId;
    const std::string why = toStd(reason);
    return d->postWrite<Models::ReleaseRequest>([=](pqxx::connection_base &connection) {
        pqxx::work tx(connection);
        const pqxx::row row = tx.exec_params1(
            std::string("SELECT ") + kReleaseRequestColumns + " FROM gatehouse_release_request_rollback($1, $2)", id, why);
        tx.commit();
        return releaseRequestFromRow(row);
    });
}

QFuture<Result<Models::ReleaseRequest>> ControlStore::pauseRelease(qint64 releaseId, const QString &reason)
{
    if (anyNul({reason}))
        return readyFailure<Models::ReleaseRequest>(tr("Text with a NUL character cannot be stored."));
    const long long id = releaseId;
    const std::string why = toStd(reason);
    return d->postWrite<Models::ReleaseRequest>([=](pqxx::connection_base &connection) {
        pqxx::work tx(connection);
        const pqxx::row row = tx.exec_params1(
            std::string("SELECT ") + kReleaseRequestColumns + " FROM gatehouse_release_pause($1, $2)", id, why);
        tx.commit();
        return releaseRequestFromRow(row);
    });
}

QFuture<Result<QList<Models::ReleaseRequest>>> ControlStore::releaseRequests(qint64 releaseId)
{
    const long long id = releaseId;
    return d->post<QList<Models::ReleaseRequest>>([id](pqxx::connection_base &connection) {
        pqxx::read_transaction tx(connection);
        QList<Models::ReleaseRequest> requests;
        for (const auto &row : tx.exec_params(std::string("SELECT ") + kReleaseRequestColumns
                                                  + " FROM release_requests WHERE release_id = $1 ORDER BY id",
                                              id))
            requests.append(releaseRequestFromRow(row));
        return requests;
    });
}

QFuture<Models::Status> ControlStore::markReleaseRequestHandled(qint64 releaseId, const QString &holder,
                                                                qint64 requestId, const QString &outcome)
{
    if (anyNul({holder, outcome}))
        return readyFailure<Models::Done>(tr("Text with a NUL character cannot be stored."));
    const long long id = releaseId;
    const long long request = requestId;
    const std::string who = toStd(holder), what = toStd(outcome);
    return d->postWrite<Models::Done>([=](pqxx::connection_base &connection) {
        pqxx::work tx(connection);
        tx.exec_params("SELECT gatehouse_release_request_handled($1, $2, $3, $4)", id, who, request, what);
        tx.commit();
        return Models::Done{};
    });
}

QFuture<Models::Status> ControlStore::rollBackReleasePhases(qint64 releaseId, const QString &holder,
                                                            const QList<int> &positions, const QString &note)
{
    if (anyNul({holder, note}))
        return readyFailure<Models::Done>(tr("Text with a NUL character cannot be stored."));
    QStringList numbers;
    for (const int position : positions)
        numbers.append(QString::number(position));
    const long long id = releaseId;
    const std::string who = toStd(holder), why = toStd(note),
                      array = QString(QLatin1Char('{') + numbers.join(QLatin1Char(',')) + QLatin1Char('}')).toStdString();
    return d->postWrite<Models::Done>([=](pqxx::connection_base &connection) {
        pqxx::work tx(connection);
        tx.exec_params("SELECT gatehouse_release_roll_back_phases($1, $2, $3::integer[], $4)", id, who, array, why);
        tx.commit();
        return Models::Done{};
    });
}

QFuture<Result<AuditEntry>> ControlStore::recordRolloutAction(const QString &environment, const QString &action,
                                                              const QString &deployment, const QString &reason,
                                                              const QByteArray &beforeJson, const QByteArray &afterJson)
{
    if (anyNul({environment, action, deployment, reason}))
        return readyFailure<AuditEntry>(tr("Text with a NUL character cannot be stored."));
    const QByteArray before = beforeJson.isEmpty() ? QByteArray("{}") : beforeJson;
    const QByteArray after = afterJson.isEmpty() ? QByteArray("{}") : afterJson;
    for (const QByteArray &json : {before, after}) {
        if (json.contains("\\u0000") || !QJsonDocument::fromJson(json).isObject())
            return readyFailure<AuditEntry>(tr("Before and after of a rollout action must be JSON objects."));
    }
    const std::string env = toStd(environment), what = toStd(action), name = toStd(deployment), why = toStd(reason),
                      beforeText = before.toStdString(), afterText = after.toStdString();
    return d->postWrite<AuditEntry>([=](pqxx::connection_base &connection) {
        pqxx::work tx(connection);
        const pqxx::result rows = tx.exec_params(
            "SELECT id, floor(extract(epoch FROM at) * 1000)::bigint, actor, action, coalesce(change_id, 0), detail::text"
            " FROM gatehouse_record_rollout_action($1, $2, $3, $4, $5::jsonb, $6::jsonb)",
            env, what, name, why, beforeText, afterText);
        tx.commit();
        AuditEntry entry;
        entry.id = rows[0][0].as<long long>();
        entry.at = fromEpochMs(rows[0][1]);
        entry.actor = fromField(rows[0][2]);
        entry.action = fromField(rows[0][3]);
        entry.changeId = rows[0][4].as<long long>();
        entry.detail = fromField(rows[0][5]);
        return entry;
    });
}

} // namespace Gatehouse::Services
