#include "services/prometheusclient.h"

#include "models/prometheusresponse.h"
#include "services/whenfinished.h"

#include <QPromise>
#include <QSet>
#include <QtConcurrent>

#include <memory>

namespace Gatehouse::Services {

using Models::Result;
using Models::SourceState;
using Models::TimeSeries;
using Status = Models::SourceState::Status;
using SeriesList = QList<TimeSeries>;

struct PrometheusClient::Answer
{
    bool ok = false;
    QByteArray body;
    QString message;
};

namespace {

QString timeParam(const QDateTime &time)
{
    return QString::number(double(time.toMSecsSinceEpoch()) / 1000.0, 'f', 3);
}

template<typename T>
void deliver(const std::shared_ptr<QPromise<T>> &promise, T value)
{
    promise->addResult(std::move(value));
    promise->finish();
}

template<typename T>
std::shared_ptr<QPromise<T>> startedPromise()
{
    auto promise = std::make_shared<QPromise<T>>();
    promise->start();
    return promise;
}

} // namespace

PrometheusClient::PrometheusClient(QObject *parent) : QObject(parent), m_http(new HealthHttp(this))
{
    connect(m_http, &HealthHttp::stateChanged, this, &PrometheusClient::stateChanged);
    connect(&m_pollTimer, &QTimer::timeout, this, [this] { checkReady(); });
}

PrometheusClient::~PrometheusClient() = default;

void PrometheusClient::setEndpoint(const HttpEndpoint &endpoint)
{
    m_http->setEndpoint(endpoint);
}

HttpEndpoint PrometheusClient::endpoint() const
{
    return m_http->endpoint();
}

void PrometheusClient::setSecretStore(SecretStore *store)
{
    m_http->setSecretStore(store);
}

void PrometheusClient::setPollInterval(std::chrono::milliseconds interval)
{
    if (interval.count() <= 0) {
        m_pollTimer.stop();
        return;
    }
    m_pollTimer.start(interval);
}

SourceState PrometheusClient::state() const
{
    return m_http->state();
}

PrometheusClient::Answer PrometheusClient::classify(const HealthHttp::Reply &reply, const QString &what)
{
    Answer answer;
    if (!reply.reached()) {
        const QString reason = tr("Prometheus at %1 cannot be reached: %2").arg(m_http->displayUrl(), reply.failure);
        m_http->recordFailure(reply.credentials ? Status::Stale : Status::Unreachable,
                              reply.credentials ? reply.failure : reason);
        answer.message = reply.credentials ? reply.failure : reason;
        return answer;
    }
    if (reply.httpStatus == 200) {
        m_http->recordSuccess();
        answer.ok = true;
        answer.body = reply.body;
        return answer;
    }
    const QString error = Models::PrometheusResponse::errorOf(reply.body);
    if ((reply.httpStatus == 400 || reply.httpStatus == 422) && !error.isEmpty()) {
        // The server is fine; the query is not. Prometheus's words, unchanged, with the query.
        m_http->recordSuccess();
        answer.message = tr("Prometheus rejected %1: %2").arg(what, error);
        return answer;
    }
    QString reason;
    if (reply.httpStatus == 401 || reply.httpStatus == 403)
        reason = tr("Prometheus at %1 refused the credentials (HTTP %2).").arg(m_http->displayUrl()).arg(reply.httpStatus);
    else if (!error.isEmpty())
        reason = tr("Prometheus at %1 answered HTTP %2: %3").arg(m_http->displayUrl()).arg(reply.httpStatus).arg(error);
    else
        reason = tr("Prometheus at %1 answered HTTP %2.").arg(m_http->displayUrl()).arg(reply.httpStatus);
    m_http->recordFailure(Status::Stale, reason);
    answer.message = reason;
    return answer;
}

QString PrometheusClient::scoped(const QString &promql, const QString &label, const QString &value)
{
    // PromQL keywords and aggregation operators: never metric names (PromQL is
    // case-insensitive about them).
    static const QSet<QString> keywords = {
        QStringLiteral("and"),    QStringLiteral("or"),          QStringLiteral("unless"),
        QStringLiteral("by"),     QStringLiteral("without"),     QStringLiteral("on"),
        QStringLiteral("ignoring"), QStringLiteral("group_left"), QStringLiteral("group_right"),
        QStringLiteral("offset"), QStringLiteral("bool"),        QStringLiteral("inf"),
        QStringLiteral("nan"),    QStringLiteral("sum"),         QStringLiteral("min"),
        QStringLiteral("max"),    QStringLiteral("avg"),         QStringLiteral("group"),
        QStringLiteral("stddev"), QStringLiteral("stdvar"),      QStringLiteral("count"),
        QStringLiteral("count_values"), QStringLiteral("bottomk"), QStringLiteral("topk"),
        QStringLiteral("quantile"), QStringLiteral("atan2")};
    static const QSet<QString> labelLists = {QStringLiteral("by"), QStringLiteral("without"), QStringLiteral("on"),
                                             QStringLiteral("ignoring"), QStringLiteral("group_left"),
                                             QStringLiteral("group_right")};
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    const QString matcher = label + QStringLiteral("=\"") + escaped + QLatin1Char('"');

    const qsizetype n = promql.size();
    QString out;
    out.reserve(n + 4 * (matcher.size() + 2));
    qsizetype i = 0;
    auto isIdentifierStart = [](QChar c) { return c.isLetter() || c == QLatin1Char('_') || c == QLatin1Char(':'); };
    auto isIdentifierPart = [](QChar c) { return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char(':'); };
    auto skipSpace = [&](qsizetype at) {
        while (at < n && promql.at(at).isSpace())
            ++at;
        return at;
    };
    // Copies a quoted string starting at i (the quote) to out.
    auto copyString = [&] {
        const QChar quote = promql.at(i);
        out += quote;
        ++i;
        while (i < n) {
            const QChar c = promql.at(i);
            out += c;
            ++i;
            if (c == QLatin1Char('\\') && quote != QLatin1Char('`') && i < n) {
                out += promql.at(i);
                ++i;
            } else if (c == quote) {
                break;
            }
        }
    };
    // Copies from i (an opening bracket) through its closing one, strings included.
    auto copyBracketed = [&](QChar open, QChar close) {
        int depth = 0;
        while (i < n) {
            const QChar c = promql.at(i);
            if (c == QLatin1Char('"') || c == QLatin1Char('\'') || c == QLatin1Char('`')) {
                copyString();
                continue;
            }
            out += c;
            ++i;
            if (c == open)
                ++depth;
            else if (c == close && --depth == 0)
                break;
        }
    };
    // At i: '{' of a selector. Adds the matcher first, then copies the selector's own.
    auto copySelector = [&] {
        out += QLatin1Char('{') + matcher;
        ++i;
        const qsizetype next = skipSpace(i);
        if (next < n && promql.at(next) != QLatin1Char('}'))
            out += QLatin1Char(',');
        while (i < n) {
            const QChar c = promql.at(i);
            if (c == QLatin1Char('"') || c == QLatin1Char('\'') || c == QLatin1Char('`')) {
                copyString();
                continue;
            }
            out += c;
            ++i;
            if (c == QLatin1Char('}'))
                break;
        }
    };

    while (i < n) {
        const QChar c = promql.at(i);
        if (c == QLatin1Char('"') || c == QLatin1Char('\'') || c == QLatin1Char('`')) {
            copyString();
        } else if (c == QLatin1Char('#')) {
            while (i < n && promql.at(i) != QLatin1Char('\n'))
                out += promql.at(i++);
        } else if (c == QLatin1Char('[')) {
            copyBracketed(QLatin1Char('['), QLatin1Char(']'));
        } else if (c == QLatin1Char('{')) {
            copySelector();
        } else if (c.isDigit() || (c == QLatin1Char('.') && i + 1 < n && promql.at(i + 1).isDigit())) {
            // Numbers and durations (5m, 1e-3, 0x1F): never selectors.
            while (i < n && (promql.at(i).isLetterOrNumber() || promql.at(i) == QLatin1Char('.')
                             || ((promql.at(i) == QLatin1Char('-') || promql.at(i) == QLatin1Char('+'))
                                 && (promql.at(i - 1) == QLatin1Char('e') || promql.at(i - 1) == QLatin1Char('E')))))
                out += promql.at(i++);
        } else if (isIdentifierStart(c)) {
            const qsizetype start = i;
            while (i < n && isIdentifierPart(promql.at(i)))
                ++i;
            const QString word = promql.mid(start, i - start);
            out += word;
            const QString lower = word.toLower();
            const qsizetype next = skipSpace(i);
            const bool call = next < n && promql.at(next) == QLatin1Char('(');
            if (labelLists.contains(lower)) {
                if (call) { // by (a, b): label names, copied as they are
                    out += promql.mid(i, next - i);
                    i = next;
                    copyBracketed(QLatin1Char('('), QLatin1Char(')'));
                }
            } else if (call || keywords.contains(lower)) {
                // a function, an aggregation or an operator keyword
            } else if (next < n && promql.at(next) == QLatin1Char('{')) {
                out += promql.mid(i, next - i);
                i = next;
                copySelector();
            } else {
                out += QLatin1Char('{') + matcher + QLatin1Char('}');
            }
        } else {
            out += c;
            ++i;
        }
    }
    return out;
}

QList<PrometheusClient::Chunk> PrometheusClient::chunkRange(const QDateTime &start, const QDateTime &end,
                                                            std::chrono::seconds step)
{
    QList<Chunk> chunks;
    const qint64 stepMs = std::max<qint64>(1, step.count()) * 1000;
    const qint64 first = start.toMSecsSinceEpoch();
    const qint64 last = end.toMSecsSinceEpoch();
    if (last < first)
        return chunks;
    const qint64 perChunk = qint64(maxPointsPerSeries) * stepMs; // the span from one chunk's start to the next
    for (qint64 at = first; at <= last; at += perChunk) {
        const qint64 chunkEnd = std::min(last, at + perChunk - stepMs);
        chunks.append({QDateTime::fromMSecsSinceEpoch(at, Qt::UTC), QDateTime::fromMSecsSinceEpoch(chunkEnd, Qt::UTC)});
    }
    return chunks;
}

QFuture<Result<SeriesList>> PrometheusClient::query(const QString &promql, const QDateTime &at)
{
    auto promise = startedPromise<Result<SeriesList>>();
    HealthHttp::Params form{{QStringLiteral("query"), promql}};
    if (at.isValid())
        form.append({QStringLiteral("time"), timeParam(at)});
    whenFinished(m_http->postForm(QStringLiteral("/api/v1/query"), form), this, [this, promise, promql](const HealthHttp::Reply &reply) {
        const Answer answer = classify(reply, promql);
        if (!answer.ok) {
            deliver(promise, Result<SeriesList>::failure(answer.message));
            return;
        }
        (void)QtConcurrent::run([promise, promql, body = answer.body] {
            auto decoded = Models::PrometheusResponse::decodeQuery(body);
            if (!decoded)
                decoded = Result<SeriesList>::failure(
                    QCoreApplication::translate("Gatehouse::Services::PrometheusClient", "Prometheus rejected %1: %2")
                        .arg(promql, decoded.error().message));
            deliver(promise, std::move(decoded));
        });
    });
    return promise->future();
}

QFuture<Result<SeriesList>> PrometheusClient::queryRange(const QString &promql, const QDateTime &start,
                                                         const QDateTime &end, std::chrono::seconds step, int pixelWidth)
{
    using R = Result<SeriesList>;
    auto promise = startedPromise<R>();
    if (step.count() <= 0 || !start.isValid() || !end.isValid() || end < start) {
        deliver(promise, R::failure(tr("The range of %1 is empty or its step is not positive.").arg(promql)));
        return promise->future();
    }
    const QList<Chunk> chunks = chunkRange(start, end, step);

    struct Collect
    {
        QList<SeriesList> parts;
        qsizetype remaining = 0;
        QString error;
    };
    auto collect = std::make_shared<Collect>();
    collect->parts.resize(chunks.size());
    collect->remaining = chunks.size();

    auto finishOne = [promise, collect, pixelWidth]() {
        if (--collect->remaining > 0)
            return;
        if (!collect->error.isEmpty()) {
            deliver(promise, R::failure(collect->error));
            return;
        }
        (void)QtConcurrent::run([promise, collect, pixelWidth] {
            SeriesList merged = TimeSeries::mergeChunks(collect->parts);
            collect->parts.clear();
            if (pixelWidth > 0) {
                for (TimeSeries &series : merged)
                    series.points = TimeSeries::reduceMinMax(series.points, 2 * pixelWidth);
            }
            deliver(promise, R(std::move(merged)));
        });
    };

    const QString stepText = QString::number(step.count());
    for (qsizetype i = 0; i < chunks.size(); ++i) {
        const HealthHttp::Params form{{QStringLiteral("query"), promql},
                                      {QStringLiteral("start"), timeParam(chunks[i].start)},
                                      {QStringLiteral("end"), timeParam(chunks[i].end)},
                                      {QStringLiteral("step"), stepText}};
        whenFinished(
            m_http->postForm(QStringLiteral("/api/v1/query_range"), form), this,
            [this, collect, finishOne, promql, i](const HealthHttp::Reply &reply) {
                const Answer answer = classify(reply, promql);
                if (!answer.ok) {
                    if (collect->error.isEmpty())
                        collect->error = answer.message;
                    finishOne();
                    return;
                }
                whenFinished(
                    QtConcurrent::run([body = answer.body] { return Models::PrometheusResponse::decodeQuery(body); }),
                    this, [this, collect, finishOne, promql, i](const R &decoded) {
                        if (decoded)
                            collect->parts[i] = decoded.value();
                        else if (collect->error.isEmpty())
                            collect->error = tr("Prometheus rejected %1: %2").arg(promql, decoded.error().message);
                        finishOne();
                    });
            });
    }
    return promise->future();
}

QFuture<Result<QList<Models::Labels>>> PrometheusClient::series(const QStringList &matchers, const QDateTime &start,
                                                                const QDateTime &end)
{
    using R = Result<QList<Models::Labels>>;
    auto promise = startedPromise<R>();
    HealthHttp::Params form;
    for (const QString &matcher : matchers)
        form.append({QStringLiteral("match[]"), matcher});
    if (start.isValid())
        form.append({QStringLiteral("start"), timeParam(start)});
    if (end.isValid())
        form.append({QStringLiteral("end"), timeParam(end)});
    const QString what = matchers.join(QStringLiteral(", "));
    whenFinished(m_http->postForm(QStringLiteral("/api/v1/series"), form), this, [this, promise, what](const HealthHttp::Reply &reply) {
        const Answer answer = classify(reply, what);
        deliver(promise, answer.ok ? Models::PrometheusResponse::decodeSeries(answer.body) : R::failure(answer.message));
    });
    return promise->future();
}

QFuture<Result<QStringList>> PrometheusClient::labelValues(const QString &name, const QStringList &matchers)
{
    using R = Result<QStringList>;
    auto promise = startedPromise<R>();
    HealthHttp::Params params;
    for (const QString &matcher : matchers)
        params.append({QStringLiteral("match[]"), matcher});
    const QString path = QStringLiteral("/api/v1/label/")
        + QString::fromLatin1(QUrl::toPercentEncoding(name)) + QStringLiteral("/values");
    whenFinished(m_http->send("GET", path, params), this, [this, promise, name](const HealthHttp::Reply &reply) {
        const Answer answer = classify(reply, name);
        deliver(promise, answer.ok ? Models::PrometheusResponse::decodeStrings(answer.body) : R::failure(answer.message));
    });
    return promise->future();
}

QFuture<SourceState> PrometheusClient::checkReady()
{
    auto promise = startedPromise<SourceState>();
    whenFinished(m_http->send("GET", QStringLiteral("/-/ready")), this, [this, promise](const HealthHttp::Reply &reply) {
        if (reply.httpStatus == 200) {
            m_http->recordSuccess();
        } else if (reply.reached()) {
            // 503 while Prometheus replays its write-ahead log after a restart.
            m_http->recordFailure(Status::Stale, tr("Prometheus at %1 is not ready (HTTP %2).")
                                                     .arg(m_http->displayUrl())
                                                     .arg(reply.httpStatus));
        } else {
            classify(reply, QString());
        }
        deliver(promise, m_http->state());
    });
    return promise->future();
}

} // namespace Gatehouse::Services
