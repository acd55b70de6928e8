#include "apiserver.h"

#include "apistatus.h"
#include "clustercontroller.h"
#include "metricsmodel.h"
#include "objectstore.h"
#include "patch.h"
#include "selectors.h"
#include "simjson.h"
#include "tables.h"
#include "tlsmaterial.h"

#include <httplib.h>

#include <QJsonArray>
#include <QJsonDocument>

#include <chrono>
#include <thread>

using namespace Qt::Literals::StringLiterals;

namespace Gatehouse::Sim {

namespace {

// Watch streams are not compressed (httplib would buffer them); see sendJson for the rest.
constexpr const char *kStreamContentType = "application/json; charset=utf-8";
constexpr const char *kJsonContentType = "application/json";

QString param(const httplib::Request &request, const char *name)
{
    return QString::fromStdString(request.get_param_value(name));
}

QString header(const httplib::Request &request, const char *name)
{
    return QString::fromStdString(request.get_header_value(name));
}

void sendJson(httplib::Response &response, int code, const QJsonObject &object)
{
    response.status = code;
    const QByteArray body = compactJson(object);
    response.set_content(body.constData(), static_cast<size_t>(body.size()), kJsonContentType);
}

void sendJson(httplib::Response &response, int code, const QJsonObject &object, const std::string &contentType)
{
    response.status = code;
    const QByteArray body = compactJson(object);
    response.set_content(body.constData(), static_cast<size_t>(body.size()), contentType);
}

void sendError(httplib::Response &response, const ApiError &error)
{
    sendJson(response, error.code, error.status);
}

bool wantsTable(const httplib::Request &request)
{
    return header(request, "Accept").contains(u"as=Table"_s);
}

// The discovery version an Accept header asks /api and /apis for: "v2" or "v2beta1" for
// the aggregated APIGroupDiscoveryList, empty for the plain APIVersions/APIGroupList.
// Media ranges count in the order given (kubectl lists v2, then v2beta1, then plain
// JSON); a range this server does not offer here (a Table, protobuf) is passed over.
QString aggregatedDiscoveryVersion(const QString &accept)
{
    for (const QString &range : accept.split(u',')) {
        const QStringList parts = range.split(u';');
        const QString type = parts.constFirst().trimmed();
        if (type != u"application/json"_s && type != u"application/*"_s && type != u"*/*"_s)
            continue;
        QString group;
        QString version;
        QString as;
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QString key = parts.at(i).section(u'=', 0, 0).trimmed();
            const QString value = parts.at(i).section(u'=', 1).trimmed().remove(u'"');
            if (key == u"g"_s)
                group = value;
            else if (key == u"v"_s)
                version = value;
            else if (key == u"as"_s)
                as = value;
        }
        if (group.isEmpty() && as.isEmpty())
            return QString();
        if (group == u"apidiscovery.k8s.io"_s && as == u"APIGroupDiscoveryList"_s
            && (version == u"v2"_s || version == u"v2beta1"_s))
            return version;
    }
    return QString();
}

IncludeObject includeObjectParam(const httplib::Request &request)
{
    const QString value = param(request, "includeObject");
    if (value == u"Object"_s)
        return IncludeObject::Object;
    if (value == u"None"_s)
        return IncludeObject::None;
    return IncludeObject::Metadata;
}

std::optional<QJsonObject> parseBody(const httplib::Request &request, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray::fromStdString(request.body), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = u"couldn't get version/kind; json parse error: "_s + parseError.errorString();
        return std::nullopt;
    }
    return document.object();
}

QString goMapLiteral(const QJsonObject &labels)
{
    QStringList keys = labels.keys();
    std::sort(keys.begin(), keys.end());
    QStringList parts;
    for (const QString &key : keys)
        parts.append(u'"' + key + u"\":\""_s + labels.value(key).toString() + u'"');
    return u"map[string]string{"_s + parts.join(u", "_s) + u'}';
}

// Validation of a Deployment as the API server would do it on create/update.
std::optional<ApiError> validateDeployment(const QJsonObject &deployment)
{
    const QString name = stringAt(deployment, u"metadata.name"_s);
    const QJsonValue replicas = valueAt(deployment, u"spec.replicas"_s);
    if (!replicas.isDouble() || replicas.toInt() < 0)
        return invalid(Resource::Deployments, name, u"spec.replicas"_s,
                       u"Invalid value: "_s + QString::number(replicas.toInt())
                           + u": must be greater than or equal to 0"_s);
    const QJsonObject selector = objectAt(deployment, u"spec.selector.matchLabels"_s);
    if (selector.isEmpty())
        return invalid(Resource::Deployments, name, u"spec.selector"_s, u"Required value"_s);
    const QJsonObject labels = objectAt(deployment, u"spec.template.metadata.labels"_s);
    for (auto it = selector.begin(); it != selector.end(); ++it) {
        if (labels.value(it.key()) != it.value())
            return invalid(Resource::Deployments, name, u"spec.template.metadata.labels"_s,
                           u"Invalid value: "_s + goMapLiteral(labels) + u": `selector` does not match template `labels`"_s);
    }
    const QJsonArray containers = valueAt(deployment, u"spec.template.spec.containers"_s).toArray();
    if (containers.isEmpty())
        return invalid(Resource::Deployments, name, u"spec.template.spec.containers"_s, u"Required value"_s);
    for (qsizetype i = 0; i < containers.size(); ++i) {
        if (containers.at(i).toObject().value(u"image"_s).toString().isEmpty())
            return invalid(Resource::Deployments, name,
                           u"spec.template.spec.containers["_s + QString::number(i) + u"].image"_s, u"Required value"_s);
    }
    return std::nullopt;
}

// A list continue token: opaque to clients (base64url of a small JSON object), it names
// the resourceVersion of the list's first page and the key of the last object served.
struct ContinueToken
{
    qint64 resourceVersion = 0;
    QString startAfter;
};

QString encodeContinue(const ContinueToken &token)
{
    const QJsonObject object{{u"v"_s, u"meta.k8s.io/v1"_s},
                             {u"rv"_s, QString::number(token.resourceVersion)},
                             {u"start"_s, token.startAfter}};
    return QString::fromLatin1(QJsonDocument(object).toJson(QJsonDocument::Compact).toBase64(
        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<ContinueToken> decodeContinue(const QString &text)
{
    const auto bytes = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::Base64UrlEncoding
                                                                           | QByteArray::AbortOnBase64DecodingErrors);
    if (!bytes)
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(*bytes);
    const QJsonObject object = document.object();
    bool ok = false;
    ContinueToken token;
    token.resourceVersion = object.value(u"rv"_s).toString().toLongLong(&ok);
    token.startAfter = object.value(u"start"_s).toString();
    if (!document.isObject() || object.value(u"v"_s).toString() != u"meta.k8s.io/v1"_s || !ok
        || token.resourceVersion <= 0 || token.startAfter.isEmpty())
        return std::nullopt;
    return token;
}

QJsonObject scaleOf(const QJsonObject &deployment)
{
    const QJsonObject metadata = deployment.value(u"metadata"_s).toObject();
    return QJsonObject{{u"kind"_s, u"Scale"_s},
                       {u"apiVersion"_s, u"autoscaling/v1"_s},
                       {u"metadata"_s, QJsonObject{{u"name"_s, metadata.value(u"name"_s)},
                                                   {u"namespace"_s, metadata.value(u"namespace"_s)},
                                                   {u"uid"_s, metadata.value(u"uid"_s)},
                                                   {u"resourceVersion"_s, metadata.value(u"resourceVersion"_s)},
                                                   {u"creationTimestamp"_s, metadata.value(u"creationTimestamp"_s)}}},
                       {u"spec"_s, QJsonObject{{u"replicas"_s, intAt(deployment, u"spec.replicas"_s, 1)}}},
                       {u"status"_s, QJsonObject{{u"replicas"_s, intAt(deployment, u"status.replicas"_s)},
                                                 {u"selector"_s, labelsToSelectorString(objectAt(deployment, u"spec.selector.matchLabels"_s))}}}};
}

struct Filter
{
    QString ns;
    LabelSelector labels;
    FieldSelector fields;

    bool matches(const QJsonObject &object) const
    {
        if (!ns.isEmpty() && stringAt(object, u"metadata.namespace"_s) != ns)
            return false;
        return labels.matches(objectAt(object, u"metadata.labels"_s)) && fields.matches(object);
    }
};

std::optional<Filter> parseFilter(const httplib::Request &request, const QString &ns, ApiError *error)
{
    QString message;
    const auto labels = LabelSelector::parse(param(request, "labelSelector"), &message);
    if (!labels) {
        *error = badRequest(u"unable to parse requirement: "_s + message);
        return std::nullopt;
    }
    const auto fields = FieldSelector::parse(param(request, "fieldSelector"), &message);
    if (!fields) {
        *error = badRequest(message);
        return std::nullopt;
    }
    return Filter{ns, *labels, *fields};
}

QByteArray eventLine(const QString &type, const QJsonObject &object)
{
    QByteArray line = compactJson(QJsonObject{{u"type"_s, type}, {u"object"_s, object}});
    line.append('\n');
    return line;
}

} // namespace

ApiServer::ApiServer(ObjectStore &store, ClusterController &controller, const TlsMaterial *tls, Options options)
    : m_store(store)
    , m_controller(controller)
    , m_options(std::move(options))
{
    if (m_options.plainHttp || !tls)
        m_server = std::make_unique<httplib::Server>();
    else
        m_server = std::make_unique<httplib::SSLServer>(tls->serverCertificate(), tls->serverKey());
    // Watches hold a worker for their lifetime; keep plenty.
    m_server->new_task_queue = [] { return new httplib::ThreadPool(128); };
    m_server->set_keep_alive_max_count(100000);
    m_server->set_keep_alive_timeout(30);
    m_server->set_read_timeout(30);
    m_server->set_write_timeout(30);
    m_server->set_payload_max_length(64 * 1024 * 1024);
    const auto handler = [this](const httplib::Request &request, httplib::Response &response) { handle(request, response); };
    m_server->Get(".*", handler);
    m_server->Post(".*", handler);
    m_server->Put(".*", handler);
    m_server->Patch(".*", handler);
    m_server->Delete(".*", handler);
}

ApiServer::~ApiServer() = default;

int ApiServer::bind(const QString &host, int port)
{
    if (port == 0)
        return m_server->bind_to_any_port(host.toStdString());
    return m_server->bind_to_port(host.toStdString(), port) ? port : -1;
}

bool ApiServer::listen()
{
    if (m_metricsServer && !m_metricsThread.joinable())
        m_metricsThread = std::thread([this] { m_metricsServer->listen_after_bind(); });
    return m_server->listen_after_bind();
}

void ApiServer::stop()
{
    m_stopping = true;
    m_store.changed().notify_all();
    m_server->stop();
    if (m_metricsServer)
        m_metricsServer->stop();
    if (m_metricsThread.joinable())
        m_metricsThread.join();
}

int ApiServer::bindMetricsListener(const QString &host, int port)
{
    if (!m_options.metrics)
        return -1;
    m_metricsServer = std::make_unique<httplib::Server>();
    m_metricsServer->new_task_queue = [] { return new httplib::ThreadPool(4); };
    m_metricsServer->Get("/metrics", [this](const httplib::Request &request, httplib::Response &response) {
        serveMetrics(request, response);
    });
    if (port == 0)
        return m_metricsServer->bind_to_any_port(host.toStdString());
    return m_metricsServer->bind_to_port(host.toStdString(), port) ? port : -1;
}

void ApiServer::serveMetrics(const httplib::Request &request, httplib::Response &response)
{
    // httplib compresses text answers after the handler returns, choosing Brotli at its
    // highest quality whenever the client accepts it: seconds for one scrape. A scrape
    // travels over loopback, so it goes uncompressed. The request object httplib passes
    // is its own non-const local, which makes this write well defined.
    auto &headers = const_cast<httplib::Request &>(request).headers;
    headers.erase("Accept-Encoding");
    MetricsModel::Observation observation;
    {
        std::unique_lock lock(m_store.mutex());
        observation = m_options.metrics->observe(m_store, m_controller);
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    response.status = 200;
    response.set_content(m_options.metrics->scrape(observation, now), MetricsModel::contentType);
}

void ApiServer::handleMetricsAdmin(const httplib::Request &request, httplib::Response &response, const QJsonObject &body)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (request.method == "GET")
        return sendJson(response, 200, m_options.metrics->describeFaults(now));
    QString error;
    const QJsonObject result = m_options.metrics->applyFaults(body, now, &error);
    if (!error.isEmpty())
        return sendError(response, badRequest(error));
    sendJson(response, 200, result);
}

void ApiServer::logRequest(const httplib::Request &request)
{
    QJsonObject entry{{u"method"_s, QString::fromStdString(request.method)},
                      {u"target"_s, QString::fromStdString(request.target)},
                      {u"contentType"_s, header(request, "Content-Type")},
                      {u"accept"_s, header(request, "Accept")},
                      {u"time"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
    // Small write bodies (DeleteOptions, patches) show what a client asked for; large
    // ones would only bloat the log.
    if (request.method != "GET" && !request.body.empty() && request.body.size() <= 4096)
        entry.insert(u"body"_s, QString::fromStdString(request.body));
    std::lock_guard lock(m_logMutex);
    m_requestLog.push_back(entry);
    while (m_requestLog.size() > 20000)
        m_requestLog.pop_front();
}

void ApiServer::handle(const httplib::Request &request, httplib::Response &response)
{
    // httplib prefers Brotli at its highest quality over gzip whenever a client accepts
    // both (Qt's network access does): a large list then takes seconds to compress.
    // Answer such clients with gzip. The request is httplib's own non-const local.
    if (const std::string accepted = request.get_header_value("Accept-Encoding");
        accepted.find("br") != std::string::npos) {
        auto &headers = const_cast<httplib::Request &>(request).headers;
        headers.erase("Accept-Encoding");
        if (accepted.find("gzip") != std::string::npos)
            headers.emplace("Accept-Encoding", "gzip");
    }
    const QString path = QString::fromStdString(request.path);
    const QByteArray expected = "Bearer " + m_options.token;
    const bool authorized = !m_options.token.isEmpty()
        && QByteArray::fromStdString(request.get_header_value("Authorization")) == expected;
    if (path.startsWith(u"/admin/"_s)) {
        if (!authorized)
            return sendError(response, unauthorized());
        return handleAdmin(request, response);
    }
    if (m_options.metrics && request.method == "GET" && path == u"/metrics"_s)
        return serveMetrics(request, response);
    logRequest(request);
    if (!m_options.plainHttp && !authorized)
        return sendError(response, unauthorized());
    if (const int latency = m_faults.latencyMs(); latency > 0)
        std::this_thread::sleep_for(std::chrono::milliseconds(latency));
    if (const auto fault = m_faults.takeErrorAnswer()) {
        if (fault->code == 429 || fault->code == 503)
            response.set_header("Retry-After", std::to_string(fault->retryAfterSeconds));
        return sendError(response, fault->code == 429 ? tooManyRequests() : internalError(fault->code));
    }
    route(request, response);
}

void ApiServer::route(const httplib::Request &request, httplib::Response &response)
{
    const QString path = QString::fromStdString(request.path);
    QStringList segments = path.split(u'/', Qt::SkipEmptyParts);
    const bool get = request.method == "GET";
    if (get && path == u"/version"_s)
        return sendJson(response, 200, versionInfo());
    if (get && (path == u"/healthz"_s || path == u"/readyz"_s || path == u"/livez"_s)) {
        response.set_content("ok", "text/plain");
        return;
    }
    if (get && (path == u"/api"_s || path == u"/apis"_s)) {
        // Answering in the aggregated form spares kubectl the per-group /api/v1 and
        // /apis/apps/v1 requests; it recognises that form only by the Content-Type.
        const bool core = path == u"/api"_s;
        const QString version = aggregatedDiscoveryVersion(header(request, "Accept"));
        if (version.isEmpty())
            return sendJson(response, 200, core ? coreApiVersions() : apiGroupList());
        response.set_header("Vary", "Accept");
        return sendJson(response, 200, aggregatedDiscovery(core, version),
                        "application/json;g=apidiscovery.k8s.io;v=" + version.toStdString() + ";as=APIGroupDiscoveryList");
    }
    if (get && path == u"/api/v1"_s)
        return sendJson(response, 200, apiResourceList(u"v1"_s));
    if (get && path == u"/apis/apps/v1"_s)
        return sendJson(response, 200, apiResourceList(u"apps/v1"_s));
    if (get && path == u"/apis/apps"_s)
        return sendJson(response, 200, apiGroup(u"apps"_s));
    if (segments.size() >= 3 && segments.at(0) == u"api"_s && segments.at(1) == u"v1"_s)
        return handleResource(request, response, segments.mid(2), QString());
    if (segments.size() >= 4 && segments.at(0) == u"apis"_s && segments.at(1) == u"apps"_s && segments.at(2) == u"v1"_s)
        return handleResource(request, response, segments.mid(3), u"apps"_s);
    sendError(response, unknownPath());
}

void ApiServer::handleResource(const httplib::Request &request, httplib::Response &response, const QStringList &segments,
                               const QString &group)
{
    // Forms: {plural} | {plural}/{name} | namespaces/{ns}/{plural}[/{name}[/{sub}]]
    QString ns;
    QString plural;
    QString name;
    QString subresource;
    if (segments.at(0) == u"namespaces"_s && group.isEmpty() && segments.size() <= 2) {
        plural = segments.at(0);
        name = segments.value(1);
    } else if (segments.at(0) == u"namespaces"_s && segments.size() >= 3) {
        ns = segments.at(1);
        plural = segments.at(2);
        name = segments.value(3);
        subresource = segments.value(4);
        if (segments.size() > 5)
            return sendError(response, unknownPath());
    } else if (segments.size() == 1) {
        plural = segments.at(0);
    } else {
        return sendError(response, unknownPath());
    }
    const auto resource = resourceFromPlural(group, plural);
    if (!resource || (!subresource.isEmpty() && !(*resource == Resource::Deployments && subresource == u"scale"_s)))
        return sendError(response, unknownPath());
    if (!resourceInfo(*resource).namespaced && !ns.isEmpty())
        return sendError(response, unknownPath());

    const std::string &method = request.method;
    if (method == "GET" && name.isEmpty()) {
        const QString watch = param(request, "watch");
        if (watch == u"true"_s || watch == u"1"_s)
            return serveWatch(request, response, resourceIndex(*resource), ns);
        return serveList(request, response, resourceIndex(*resource), ns);
    }
    if (method == "GET") {
        std::unique_lock lock(m_store.mutex());
        const QJsonObject *object = m_store.find(*resource, ns, name);
        if (!object)
            return sendError(response, notFound(*resource, name));
        if (!subresource.isEmpty())
            return sendJson(response, 200, scaleOf(*object));
        if (wantsTable(request)) {
            const QJsonObject table = makeTable(*resource, {*object}, includeObjectParam(request),
                                                QString::number(m_store.resourceVersion()));
            return sendJson(response, 200, table);
        }
        return sendJson(response, 200, *object);
    }
    if (*resource == Resource::Pods && method == "DELETE" && !name.isEmpty() && !ns.isEmpty() && subresource.isEmpty())
        return deletePod(request, response, ns, name);
    if (*resource != Resource::Deployments || ns.isEmpty())
        return sendError(response, methodNotAllowed());
    if ((method == "PATCH" || method == "PUT") && !name.isEmpty())
        return writeDeployment(request, response, ns, name, !subresource.isEmpty());
    if (method == "DELETE" && !name.isEmpty() && subresource.isEmpty()) {
        std::unique_lock lock(m_store.mutex());
        const QJsonObject *object = m_store.find(Resource::Deployments, ns, name);
        if (!object)
            return sendError(response, notFound(Resource::Deployments, name));
        const QString uid = stringAt(*object, u"metadata.uid"_s);
        m_controller.deleteDeployment(ns, name);
        return sendJson(response, 200,
                        QJsonObject{{u"kind"_s, u"Status"_s},
                                    {u"apiVersion"_s, u"v1"_s},
                                    {u"metadata"_s, QJsonObject()},
                                    {u"status"_s, u"Success"_s},
                                    {u"details"_s, QJsonObject{{u"name"_s, name}, {u"group"_s, u"apps"_s},
                                                               {u"kind"_s, u"deployments"_s}, {u"uid"_s, uid}}}});
    }
    if (method == "POST" && name.isEmpty()) {
        QString parseError;
        auto body = parseBody(request, &parseError);
        if (!body)
            return sendError(response, badRequest(parseError));
        QJsonObject deployment = *body;
        QJsonObject metadata = deployment.value(u"metadata"_s).toObject();
        const QString newName = metadata.value(u"name"_s).toString();
        if (newName.isEmpty())
            return sendError(response, invalid(Resource::Deployments, newName, u"metadata.name"_s, u"Required value: name or generateName is required"_s));
        metadata.insert(u"namespace"_s, ns);
        metadata.insert(u"generation"_s, 1);
        for (const QString &key : {u"uid"_s, u"resourceVersion"_s, u"creationTimestamp"_s})
            metadata.remove(key);
        deployment.insert(u"metadata"_s, metadata);
        deployment.remove(u"status"_s);
        ClusterController::applyDeploymentDefaults(deployment);
        if (const auto error = validateDeployment(deployment))
            return sendError(response, *error);
        std::unique_lock lock(m_store.mutex());
        if (!m_store.find(Resource::Namespaces, QString(), ns))
            return sendError(response, notFound(Resource::Namespaces, ns));
        if (m_store.find(Resource::Deployments, ns, newName))
            return sendError(response, alreadyExists(Resource::Deployments, newName));
        const QJsonObject created = m_store.create(Resource::Deployments, deployment);
        m_controller.markDeploymentDirty(ns, newName);
        return sendJson(response, 201, created);
    }
    sendError(response, methodNotAllowed());
}

void ApiServer::deletePod(const httplib::Request &request, httplib::Response &response, const QString &ns,
                          const QString &name)
{
    // kubectl sends DeleteOptions as the body: {"propagationPolicy":"Background"}, with
    // gracePeriodSeconds for --grace-period/--force and dryRun for --dry-run=server.
    // Other clients may put them in the query instead.
    QJsonObject options;
    if (!request.body.empty()) {
        QString parseError;
        const auto parsed = parseBody(request, &parseError);
        if (!parsed)
            return sendError(response, badRequest(parseError));
        options = *parsed;
    }
    std::optional<int> gracePeriod;
    if (options.value(u"gracePeriodSeconds"_s).isDouble())
        gracePeriod = options.value(u"gracePeriodSeconds"_s).toInt();
    else if (request.has_param("gracePeriodSeconds"))
        gracePeriod = param(request, "gracePeriodSeconds").toInt();
    const bool dryRun = !options.value(u"dryRun"_s).toArray().isEmpty() || request.has_param("dryRun");
    const QJsonObject preconditions = options.value(u"preconditions"_s).toObject();

    std::unique_lock lock(m_store.mutex());
    const QJsonObject *pod = m_store.find(Resource::Pods, ns, name);
    if (!pod)
        return sendError(response, notFound(Resource::Pods, name));
    const QString uid = stringAt(*pod, u"metadata.uid"_s);
    const QString rv = stringAt(*pod, u"metadata.resourceVersion"_s);
    if (const QString wanted = preconditions.value(u"uid"_s).toString(); !wanted.isEmpty() && wanted != uid)
        return sendError(response, preconditionFailed(Resource::Pods, name,
                                                      u"UID in precondition: "_s + wanted + u", UID in object meta: "_s + uid));
    if (const QString wanted = preconditions.value(u"resourceVersion"_s).toString(); !wanted.isEmpty() && wanted != rv)
        return sendError(response, preconditionFailed(Resource::Pods, name,
                                                      u"ResourceVersion in precondition: "_s + wanted
                                                          + u", ResourceVersion in object meta: "_s + rv));
    if (dryRun)
        return sendJson(response, 200, *pod);
    sendJson(response, 200, m_controller.deletePod(ns, name, gracePeriod));
}

void ApiServer::writeDeployment(const httplib::Request &request, httplib::Response &response, const QString &ns,
                                const QString &name, bool scaleSubresource)
{
    const QString contentType = header(request, "Content-Type").section(u';', 0, 0).trimmed();
    const bool isPatch = request.method == "PATCH";
    QJsonParseError parseError;
    const QJsonDocument bodyDocument = QJsonDocument::fromJson(QByteArray::fromStdString(request.body), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return sendError(response, badRequest(u"error decoding patch: "_s + parseError.errorString()));
    if (isPatch && contentType != u"application/json-patch+json"_s && contentType != u"application/merge-patch+json"_s
        && contentType != u"application/strategic-merge-patch+json"_s)
        return sendError(response, unsupportedMediaType(contentType));

    std::unique_lock lock(m_store.mutex());
    const QJsonObject *found = m_store.find(Resource::Deployments, ns, name);
    if (!found)
        return sendError(response, notFound(Resource::Deployments, name));
    const QJsonObject existing = *found;
    const QString currentRv = stringAt(existing, u"metadata.resourceVersion"_s);
    const QJsonObject base = scaleSubresource ? scaleOf(existing) : existing;

    QJsonObject result;
    if (!isPatch) {
        if (!bodyDocument.isObject())
            return sendError(response, badRequest(u"the body must be an object"_s));
        result = bodyDocument.object();
    } else if (contentType == u"application/json-patch+json"_s) {
        QString error;
        const auto patched = applyJsonPatch(base, bodyDocument.array(), &error);
        if (!patched)
            return sendError(response, makeStatus(422, u"Invalid"_s, error));
        result = patched->toObject();
    } else if (contentType == u"application/merge-patch+json"_s) {
        result = applyMergePatch(base, bodyDocument.object()).toObject();
    } else {
        result = applyStrategicMergePatch(base, bodyDocument.object()).toObject();
    }
    // A PUT, or a patch that carries metadata.resourceVersion, must name the current version.
    const QString sentRv = stringAt(result, u"metadata.resourceVersion"_s);
    const bool patchCarriesRv = isPatch && !sentRv.isEmpty() && sentRv != stringAt(base, u"metadata.resourceVersion"_s);
    if ((!isPatch && !sentRv.isEmpty() && sentRv != currentRv) || patchCarriesRv
        || (isPatch && contentType != u"application/json-patch+json"_s
            && !stringAt(bodyDocument.object(), u"metadata.resourceVersion"_s).isEmpty()
            && stringAt(bodyDocument.object(), u"metadata.resourceVersion"_s) != currentRv))
        return sendError(response, conflict(Resource::Deployments, name));

    QJsonObject updated = existing;
    if (scaleSubresource) {
        const QJsonValue replicas = valueAt(result, u"spec.replicas"_s);
        setValueAt(updated, u"spec.replicas"_s, replicas.isDouble() ? replicas : QJsonValue(0));
    } else {
        updated = result;
        // Identity, generation and status are the server's.
        QJsonObject metadata = updated.value(u"metadata"_s).toObject();
        const QJsonObject existingMetadata = existing.value(u"metadata"_s).toObject();
        for (const QString &key : {u"name"_s, u"namespace"_s, u"uid"_s, u"creationTimestamp"_s, u"generation"_s})
            metadata.insert(key, existingMetadata.value(key));
        updated.insert(u"metadata"_s, metadata);
        updated.insert(u"status"_s, existing.value(u"status"_s));
        updated.insert(u"apiVersion"_s, existing.value(u"apiVersion"_s));
        updated.insert(u"kind"_s, existing.value(u"kind"_s));
    }
    ClusterController::applyDeploymentDefaults(updated);
    if (const auto error = validateDeployment(updated))
        return sendError(response, *error);
    if (updated.value(u"spec"_s) != existing.value(u"spec"_s))
        setValueAt(updated, u"metadata.generation"_s, intAt(existing, u"metadata.generation"_s, 1) + 1);
    const QJsonObject stored = m_store.update(Resource::Deployments, updated);
    m_controller.markDeploymentDirty(ns, name);
    sendJson(response, 200, scaleSubresource ? scaleOf(stored) : stored);
}

void ApiServer::serveList(const httplib::Request &request, httplib::Response &response, int resourceIndexValue,
                          const QString &ns)
{
    const Resource resource = allResources.at(static_cast<size_t>(resourceIndexValue));
    ApiError error;
    const auto filter = parseFilter(request, ns, &error);
    if (!filter)
        return sendError(response, error);
    // Pages as an API server without a watch cache does: `limit` is honoured for every
    // resourceVersion, `continue` resumes after the last key served. Later pages come from
    // the current state but report the first page's resourceVersion; a watch from there
    // replays whatever changed meanwhile, so a client following the protocol converges.
    const qint64 limit = std::max<qint64>(0, param(request, "limit").toLongLong());
    const QString continueText = param(request, "continue");
    std::optional<ContinueToken> from;
    if (!continueText.isEmpty()) {
        from = decodeContinue(continueText);
        if (!from)
            return sendError(response, badRequest(u"continue key is not valid: incorrect encoded start resourceVersion "
                                                  u"(version meta.k8s.io/v1)"_s));
    }
    std::vector<QJsonObject> items;
    QString rv;
    QString nextContinue;
    {
        std::unique_lock lock(m_store.mutex());
        m_store.expireHistory();
        if (from && from->resourceVersion < m_store.compactedResourceVersion())
            return sendError(response, expiredContinue());
        const qint64 listRv = from ? from->resourceVersion : m_store.resourceVersion();
        QString lastKey;
        m_store.forEachAfter(resource, ns, from ? from->startAfter : QString(),
                             [&](const QString &key, const QJsonObject &object) {
                                 if (!filter->matches(object))
                                     return true;
                                 if (limit > 0 && qint64(items.size()) == limit) {
                                     nextContinue = encodeContinue({listRv, lastKey});
                                     return false;
                                 }
                                 items.push_back(object);
                                 lastKey = key;
                                 return true;
                             });
        rv = QString::number(listRv);
    }
    QByteArray bytes;
    if (wantsTable(request)) {
        QJsonObject body = makeTable(resource, items, includeObjectParam(request), rv);
        if (!nextContinue.isEmpty()) {
            QJsonObject metadata = body.value(u"metadata"_s).toObject();
            metadata.insert(u"continue"_s, nextContinue);
            body.insert(u"metadata"_s, metadata);
        }
        bytes = compactJson(body);
    } else {
        QJsonObject metadata{{u"resourceVersion"_s, rv}};
        if (!nextContinue.isEmpty())
            metadata.insert(u"continue"_s, nextContinue);
        const ResourceInfo &info = resourceInfo(resource);
        bytes = listJson(QString(info.kind + u"List"_s), info.apiVersion, metadata, items);
    }
    const int delay = m_faults.slowListChunkDelayMs();
    if (delay <= 0) {
        response.status = 200;
        response.set_content(bytes.constData(), static_cast<size_t>(bytes.size()), kJsonContentType);
        return;
    }
    auto data = std::make_shared<QByteArray>(std::move(bytes));
    response.status = 200;
    response.set_chunked_content_provider(kStreamContentType, [data, delay, this](size_t offset, httplib::DataSink &sink) {
        constexpr size_t chunk = 16384;
        if (offset >= static_cast<size_t>(data->size()) || m_stopping) {
            sink.done();
            return true;
        }
        if (offset > 0)
            std::this_thread::sleep_for(std::chrono::milliseconds(delay));
        const size_t length = std::min(chunk, static_cast<size_t>(data->size()) - offset);
        return sink.write(data->constData() + offset, length);
    });
}

namespace {

struct WatchState
{
    Resource resource = Resource::Pods;
    Filter filter;
    bool table = false;
    IncludeObject include = IncludeObject::Metadata;
    bool bookmarks = false;
    bool initialEventsEndBookmark = false;
    qint64 cursor = 0;
    std::vector<QJsonObject> initial;
    bool started = false;
    bool tableColumnsSent = false;
    std::optional<ApiError> failure;
    std::chrono::steady_clock::time_point deadline;
    std::chrono::steady_clock::time_point lastWrite;
    quint64 epoch = 0;
    quint64 watchGeneration = 0;

    QJsonObject render(const QJsonObject &object)
    {
        if (!table)
            return object;
        const bool columns = !tableColumnsSent;
        tableColumnsSent = true;
        return makeTable(resource, {object}, include, stringAt(object, u"metadata.resourceVersion"_s), columns);
    }
    QJsonObject bookmark(qint64 rv, bool initialEnd) const
    {
        const ResourceInfo &info = resourceInfo(resource);
        QJsonObject metadata{{u"resourceVersion"_s, QString::number(rv)}};
        if (initialEnd)
            metadata.insert(u"annotations"_s, QJsonObject{{u"k8s.io/initial-events-end"_s, u"true"_s}});
        return QJsonObject{{u"kind"_s, info.kind}, {u"apiVersion"_s, info.apiVersion}, {u"metadata"_s, metadata}};
    }
};

} // namespace

void ApiServer::serveWatch(const httplib::Request &request, httplib::Response &response, int resourceIndexValue,
                           const QString &ns)
{
    ApiError error;
    const auto filter = parseFilter(request, ns, &error);
    if (!filter)
        return sendError(response, error);
    auto state = std::make_shared<WatchState>();
    state->resource = allResources.at(static_cast<size_t>(resourceIndexValue));
    state->filter = *filter;
    state->table = wantsTable(request);
    state->include = includeObjectParam(request);
    state->bookmarks = param(request, "allowWatchBookmarks") == u"true"_s;
    const QString rvParam = param(request, "resourceVersion");
    const bool sendInitial = param(request, "sendInitialEvents") == u"true"_s;
    const int timeoutSeconds = param(request, "timeoutSeconds").toInt();
    const auto now = std::chrono::steady_clock::now();
    state->deadline = now + std::chrono::seconds(timeoutSeconds > 0 ? timeoutSeconds : 1800);
    state->lastWrite = now;
    state->watchGeneration = m_faults.watchGeneration();
    {
        std::unique_lock lock(m_store.mutex());
        state->epoch = m_store.epoch();
        if (m_faults.takeWatchExpiry()) {
            const qint64 requested = rvParam.isEmpty() ? m_store.resourceVersion() : rvParam.toLongLong();
            state->failure = expired(requested, m_store.resourceVersion());
        } else if (rvParam.isEmpty() || rvParam == u"0"_s || sendInitial) {
            m_store.forEach(state->resource, ns, [&state](const QJsonObject &object) {
                if (state->filter.matches(object))
                    state->initial.push_back(object);
            });
            state->cursor = m_store.resourceVersion();
            state->initialEventsEndBookmark = sendInitial;
        } else {
            bool ok = false;
            const qint64 requested = rvParam.toLongLong(&ok);
            if (!ok)
                return sendError(response, badRequest(u"invalid resource version: "_s + rvParam));
            m_store.expireHistory();
            if (requested < m_store.compactedResourceVersion())
                state->failure = expired(requested, m_store.compactedResourceVersion());
            state->cursor = requested;
        }
    }
    response.status = 200;
    response.set_header("Cache-Control", "no-cache, private");
    response.set_chunked_content_provider(kStreamContentType, [state, this](size_t, httplib::DataSink &sink) {
        if (state->failure) {
            sink.write(eventLine(u"ERROR"_s, state->failure->status).constData(),
                       static_cast<size_t>(eventLine(u"ERROR"_s, state->failure->status).size()));
            sink.done();
            return true;
        }
        if (!state->started) {
            state->started = true;
            QByteArray buffer;
            for (const QJsonObject &object : state->initial)
                buffer += eventLine(u"ADDED"_s, state->render(object));
            state->initial.clear();
            if (state->initialEventsEndBookmark)
                buffer += eventLine(u"BOOKMARK"_s, state->bookmark(state->cursor, true));
            if (buffer.isEmpty())
                return true;  // httplib has already sent the headers
            state->lastWrite = std::chrono::steady_clock::now();
            return sink.write(buffer.constData(), static_cast<size_t>(buffer.size()));
        }
        std::vector<WatchEvent> events;
        bool finish = false;
        {
            std::unique_lock lock(m_store.mutex());
            const auto wakeAt = std::min(state->deadline, std::chrono::steady_clock::now() + std::chrono::milliseconds(500));
            m_store.changed().wait_until(lock, wakeAt, [&] {
                return m_store.resourceVersion() > state->cursor || m_stopping || m_store.epoch() != state->epoch
                    || m_faults.watchGeneration() != state->watchGeneration;
            });
            m_store.expireHistory();
            if (m_stopping || m_store.epoch() != state->epoch || m_faults.watchGeneration() != state->watchGeneration
                || std::chrono::steady_clock::now() >= state->deadline) {
                finish = true;
            } else if (state->cursor < m_store.compactedResourceVersion()) {
                state->failure = expired(state->cursor, m_store.compactedResourceVersion());
                return true;
            } else {
                m_store.eventsAfter(state->cursor, events, 2000);
            }
        }
        if (finish) {
            sink.done();
            return true;
        }
        QByteArray buffer;
        for (const WatchEvent &event : events) {
            state->cursor = event.resourceVersion;
            if (event.resource != state->resource)
                continue;
            const bool newMatch = event.type != u"DELETED"_s && state->filter.matches(event.object);
            const bool oldMatch = !event.previous.isEmpty() && state->filter.matches(event.previous);
            QString type;
            if (event.type == u"DELETED"_s)
                type = oldMatch ? u"DELETED"_s : QString();
            else if (newMatch)
                type = oldMatch ? u"MODIFIED"_s : u"ADDED"_s;
            else if (oldMatch)
                type = u"DELETED"_s;
            if (!type.isEmpty())
                buffer += eventLine(type, state->render(event.object));
        }
        const auto writeTime = std::chrono::steady_clock::now();
        if (buffer.isEmpty() && state->bookmarks && writeTime - state->lastWrite > std::chrono::seconds(10))
            buffer += eventLine(u"BOOKMARK"_s, state->bookmark(state->cursor, false));
        if (buffer.isEmpty())
            return true;
        state->lastWrite = writeTime;
        return sink.write(buffer.constData(), static_cast<size_t>(buffer.size()));
    });
}

void ApiServer::handleAdmin(const httplib::Request &request, httplib::Response &response)
{
    const QString path = QString::fromStdString(request.path);
    QJsonObject body;
    if (request.method == "POST") {
        QString error;
        const auto parsed = request.body.empty() ? std::optional<QJsonObject>(QJsonObject()) : parseBody(request, &error);
        if (!parsed)
            return sendError(response, badRequest(error));
        body = *parsed;
    }
    if (path == u"/admin/faults"_s && request.method == "POST") {
        if (body.value(u"clear"_s).toBool())
            m_faults.clear();
        QJsonObject result = m_faults.apply(body);
        if (body.value(u"compact"_s).toBool() || body.value(u"reset"_s).toBool()) {
            std::unique_lock lock(m_store.mutex());
            if (body.value(u"reset"_s).toBool() && m_options.resetState)
                m_options.resetState();
            if (body.value(u"compact"_s).toBool())
                m_store.compact();
            result.insert(u"resourceVersion"_s, QString::number(m_store.resourceVersion()));
        }
        return sendJson(response, 200, result);
    }
    if (path == u"/admin/faults"_s && request.method == "GET")
        return sendJson(response, 200, m_faults.describe());
    if (path == u"/admin/metrics"_s && m_options.metrics && (request.method == "GET" || request.method == "POST"))
        return handleMetricsAdmin(request, response, body);
    if (path == u"/admin/images"_s && request.method == "POST") {
        const QString image = body.value(u"image"_s).toString();
        const QString health = body.value(u"health"_s).toString(u"bad"_s);
        if (image.isEmpty() || (health != u"bad"_s && health != u"crash"_s && health != u"good"_s))
            return sendError(response, badRequest(u"expected {\"image\": \"...\", \"health\": \"bad|crash|good\"}"_s));
        std::unique_lock lock(m_store.mutex());
        m_controller.setImageHealth(image, health == u"bad"_s     ? ImageHealth::PullFails
                                               : health == u"crash"_s ? ImageHealth::CrashLoops
                                                                      : ImageHealth::Good);
        return sendJson(response, 200, QJsonObject{{u"image"_s, image}, {u"health"_s, health}});
    }
    if (path == u"/admin/seed"_s && request.method == "POST") {
        const QString ns = body.value(u"namespace"_s).toString(u"bench"_s);
        const int deployments = body.value(u"deployments"_s).toInt(0);
        const int replicas = body.value(u"replicas"_s).toInt(10);
        const QString image = body.value(u"image"_s).toString(u"registry.example/bench:1.0"_s);
        const QString prefix = body.value(u"prefix"_s).toString(u"bench"_s);
        if (deployments < 0 || deployments > 20000 || replicas < 0 || replicas > 1000)
            return sendError(response, badRequest(u"deployments must be 0..20000 and replicas 0..1000"_s));
        std::unique_lock lock(m_store.mutex());
        int created = 0;
        for (int i = 0; i < deployments; ++i) {
            SeedWorkload workload;
            workload.name = prefix + u'-' + QString::number(i);
            if (m_store.find(Resource::Deployments, ns, workload.name))
                continue;
            workload.component = u"other"_s;
            workload.container = prefix;
            workload.image = image;
            workload.replicas = replicas;
            workload.ageSeconds = 3600;
            m_controller.seedDeployment(ns, workload);
            ++created;
        }
        return sendJson(response, 200, QJsonObject{{u"namespace"_s, ns}, {u"created"_s, created},
                                                   {u"resourceVersion"_s, QString::number(m_store.resourceVersion())}});
    }
    if (path == u"/admin/requests"_s) {
        std::lock_guard lock(m_logMutex);
        if (request.method == "DELETE") {
            m_requestLog.clear();
            return sendJson(response, 200, QJsonObject{{u"cleared"_s, true}});
        }
        QJsonArray entries;
        for (const QJsonObject &entry : m_requestLog)
            entries.append(entry);
        return sendJson(response, 200, QJsonObject{{u"requests"_s, entries}});
    }
    if (path == u"/admin/state"_s && request.method == "GET") {
        std::unique_lock lock(m_store.mutex());
        QJsonObject counts;
        for (Resource resource : allResources)
            counts.insert(resourceInfo(resource).plural, static_cast<qint64>(m_store.count(resource)));
        return sendJson(response, 200, QJsonObject{{u"resourceVersion"_s, QString::number(m_store.resourceVersion())},
                                                   {u"compactedResourceVersion"_s, QString::number(m_store.compactedResourceVersion())},
                                                   {u"counts"_s, counts}});
    }
    sendError(response, unknownPath());
}

} // namespace Gatehouse::Sim
