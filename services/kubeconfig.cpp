#include "kubeconfig.h"

#include "yamltree.h"

#include <yaml-cpp/exceptions.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace Gatehouse::Services {

namespace {

using Models::Error;
using Models::Result;
using Models::SourceLocation;

QString tr(const char *text)
{
    return QCoreApplication::translate("KubeConfig", text);
}

struct ParseError
{
    Error error;
};

SourceLocation at(const QString &file, const YamlNode &node)
{
    const YamlMark m = node.Mark();
    if (m.isNull())
        return SourceLocation{file, 0, 0};
    return SourceLocation{file, m.line + 1, m.column + 1};
}

QString text(const YamlNode &node)
{
    const std::string_view s = node.Scalar();
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

YamlNode child(const YamlNode &map, const char *key)
{
    if (!map.IsMap())
        return {};
    for (std::size_t i = 0; i < map.size(); ++i) {
        if (map.key(i).Scalar() == key)
            return map.value(i);
    }
    return {};
}

/// Parsing context of one file: its name and folder, and the error thrown at the first problem.
class Reader
{
public:
    explicit Reader(QString file) : m_file(std::move(file)), m_dir(QFileInfo(m_file).absolutePath()) {}

    [[noreturn]] void fail(const YamlNode &node, const QString &key, const QString &message) const
    {
        throw ParseError{Error{key.isEmpty() ? message : key + QStringLiteral(": ") + message, at(m_file, node)}};
    }

    QString string(const YamlNode &map, const char *key, const QString &path) const
    {
        const YamlNode n = child(map, key);
        if (!n.IsDefined() || n.IsNull())
            return {};
        if (!n.IsScalar())
            fail(n, path + QLatin1Char('.') + QLatin1String(key), tr("expected a string"));
        return text(n);
    }

    bool boolean(const YamlNode &map, const char *key, const QString &path) const
    {
        const QString v = string(map, key, path).toLower();
        if (v.isEmpty() || v == QLatin1String("false"))
            return false;
        if (v == QLatin1String("true"))
            return true;
        fail(child(map, key), path + QLatin1Char('.') + QLatin1String(key), tr("expected true or false"));
    }

    QByteArray base64(const YamlNode &map, const char *key, const QString &path) const
    {
        const QString v = string(map, key, path);
        if (v.isEmpty())
            return {};
        const auto decoded = QByteArray::fromBase64Encoding(v.toLatin1().trimmed(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            fail(child(map, key), path + QLatin1Char('.') + QLatin1String(key), tr("not valid base64"));
        return *decoded;
    }

    QString path(const YamlNode &map, const char *key, const QString &keyPath) const
    {
        const QString v = string(map, key, keyPath);
        if (v.isEmpty() || QDir::isAbsolutePath(v))
            return v;
        return QDir::cleanPath(QDir(m_dir).absoluteFilePath(v));
    }

    const QString &file() const { return m_file; }
    const QString &dir() const { return m_dir; }

private:
    QString m_file;
    QString m_dir;
};

QString entryPath(const char *list, const QString &name)
{
    return QLatin1String(list) + QStringLiteral("[\"") + name + QStringLiteral("\"]");
}

Result<QByteArray> readFile(const QString &path, const SourceLocation &where, const QString &key)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Result<QByteArray>::failure(key + QStringLiteral(": ") + tr("cannot read %1: %2").arg(path, f.errorString()), where);
    return f.readAll();
}

} // namespace

QStringList KubeConfig::defaultFiles()
{
    const QString env = qEnvironmentVariable("KUBECONFIG");
    QStringList files;
    for (const QString &f : env.split(QLatin1Char(':'), Qt::SkipEmptyParts))
        files.append(f);
    if (files.isEmpty())
        files.append(QDir::homePath() + QStringLiteral("/.kube/config"));
    return files;
}

Result<KubeConfig> KubeConfig::loadDefault()
{
    return load(defaultFiles(), false);
}

Result<KubeConfig> KubeConfig::load(const QStringList &files, bool explicitFile)
{
    KubeConfig merged;
    QStringList seen;
    for (const QString &file : files) {
        if (file.isEmpty() || seen.contains(file))
            continue;
        seen.append(file);
        QFile f(file);
        if (!f.exists()) {
            if (explicitFile)
                return Result<KubeConfig>::failure(tr("the kubeconfig file does not exist"), SourceLocation{file, 0, 0});
            merged.m_warnings.append(tr("%1: skipped, the file does not exist").arg(file));
            continue;
        }
        if (!f.open(QIODevice::ReadOnly))
            return Result<KubeConfig>::failure(tr("cannot read the kubeconfig file: %1").arg(f.errorString()),
                                               SourceLocation{file, 0, 0});
        Result<KubeConfig> one = parse(f.readAll(), file);
        if (!one)
            return one.error();
        merged.mergeFrom(one.value());
    }
    if (merged.m_files.isEmpty())
        return Result<KubeConfig>::failure(tr("no kubeconfig file found (looked for %1)").arg(seen.join(QStringLiteral(", "))));
    return merged;
}

void KubeConfig::mergeFrom(const KubeConfig &other)
{
    m_files.append(other.m_files);
    m_warnings.append(other.m_warnings);
    if (m_currentContext.isEmpty()) {
        m_currentContext = other.m_currentContext;
        m_currentContextLocation = other.m_currentContextLocation;
    }
    // The first file to define a name wins, as in client-go.
    for (const Cluster &c : other.m_clusters) {
        if (std::none_of(m_clusters.cbegin(), m_clusters.cend(), [&](const Cluster &x) { return x.name == c.name; }))
            m_clusters.append(c);
    }
    for (const User &u : other.m_users) {
        if (std::none_of(m_users.cbegin(), m_users.cend(), [&](const User &x) { return x.name == u.name; }))
            m_users.append(u);
    }
    for (const Context &c : other.m_contexts) {
        if (std::none_of(m_contexts.cbegin(), m_contexts.cend(), [&](const Context &x) { return x.name == c.name; }))
            m_contexts.append(c);
    }
}

Result<KubeConfig> KubeConfig::parse(const QByteArray &bytes, const QString &fileName)
{
    KubeConfig config;
    config.m_files.append(fileName);
    // yaml-cpp 0.7 can loop on control characters; a kubeconfig never contains them.
    int line = 1;
    int column = 1;
    for (const char ch : bytes) {
        const auto byte = static_cast<unsigned char>(ch);
        if (byte < 0x20 && byte != '\n' && byte != '\r' && byte != '\t')
            return Result<KubeConfig>::failure(tr("control character in the file"), SourceLocation{fileName, line, column});
        if (byte == '\n') {
            ++line;
            column = 1;
        } else if ((byte & 0xc0) != 0x80) {
            ++column;
        }
    }
    YamlTree tree;
    try {
        if (!tree.parse(bytes.constData(), std::size_t(bytes.size()))) {
            return Result<KubeConfig>::failure(tr("YAML syntax error: unexpected character at the start of a document"),
                                               SourceLocation{fileName, tree.stallMark().line + 1, tree.stallMark().column + 1});
        }
    } catch (const YAML::Exception &e) {
        const SourceLocation where = e.mark.is_null() ? SourceLocation{fileName, 1, 1}
                                                      : SourceLocation{fileName, e.mark.line + 1, e.mark.column + 1};
        return Result<KubeConfig>::failure(tr("YAML syntax error: %1").arg(QString::fromStdString(e.msg)), where);
    } catch (const std::exception &e) {
        return Result<KubeConfig>::failure(tr("cannot read YAML: %1").arg(QString::fromUtf8(e.what())),
                                           SourceLocation{fileName, 1, 1});
    }
    if (tree.documentCount() == 0)
        return config; // an empty file is an empty config, as for kubectl
    if (tree.documentCount() > 1)
        return Result<KubeConfig>::failure(tr("a kubeconfig holds one YAML document, this file has %1").arg(tree.documentCount()),
                                           SourceLocation{fileName, 1, 1});
    const YamlNode root = tree.document(0);
    if (root.IsNull())
        return config;
    const Reader r(fileName);
    try {
        if (!root.IsMap())
            r.fail(root, {}, tr("expected a mapping with clusters, users and contexts"));
        const QString kind = r.string(root, "kind", {});
        if (!kind.isEmpty() && kind != QLatin1String("Config"))
            r.fail(child(root, "kind"), QStringLiteral("kind"), tr("expected \"Config\", found \"%1\"").arg(kind));
        config.m_currentContext = r.string(root, "current-context", QStringLiteral("current-context"));
        config.m_currentContextLocation = at(fileName, child(root, "current-context"));

        auto list = [&](const char *key, auto &&handle) {
            const YamlNode seq = child(root, key);
            if (!seq.IsDefined() || seq.IsNull())
                return;
            if (!seq.IsSequence())
                r.fail(seq, QLatin1String(key), tr("expected a list"));
            for (std::size_t i = 0; i < seq.size(); ++i) {
                const YamlNode item = seq[i];
                const QString itemPath = QLatin1String(key) + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
                if (!item.IsMap())
                    r.fail(item, itemPath, tr("expected a mapping with name and %1").arg(QLatin1String(key).chopped(1)));
                const QString name = r.string(item, "name", itemPath);
                if (name.isEmpty())
                    r.fail(item, itemPath + QStringLiteral(".name"), tr("missing"));
                handle(item, name, entryPath(key, name));
            }
        };

        list("clusters", [&](const YamlNode &item, const QString &name, const QString &path) {
            const YamlNode body = child(item, "cluster");
            if (!body.IsMap())
                r.fail(body.IsDefined() ? body : item, path + QStringLiteral(".cluster"), tr("expected a mapping"));
            const QString p = path + QStringLiteral(".cluster");
            Cluster c;
            c.name = name;
            c.location = at(fileName, item);
            const QString server = r.string(body, "server", p);
            c.server = QUrl(server, QUrl::StrictMode);
            if (server.isEmpty() || !c.server.isValid() || c.server.host().isEmpty()
                || (c.server.scheme() != QLatin1String("https") && c.server.scheme() != QLatin1String("http")))
                r.fail(child(body, "server").IsDefined() ? child(body, "server") : body, p + QStringLiteral(".server"),
                       tr("expected an http(s) URL"));
            c.caData = r.base64(body, "certificate-authority-data", p);
            c.caFile = r.path(body, "certificate-authority", p);
            c.insecureSkipTlsVerify = r.boolean(body, "insecure-skip-tls-verify", p);
            c.tlsServerName = r.string(body, "tls-server-name", p);
            config.m_clusters.append(c);
        });

        list("users", [&](const YamlNode &item, const QString &name, const QString &path) {
            const YamlNode body = child(item, "user");
            const QString p = path + QStringLiteral(".user");
            User u;
            u.name = name;
            u.location = at(fileName, item);
            if (body.IsDefined() && !body.IsNull()) {
                if (!body.IsMap())
                    r.fail(body, p, tr("expected a mapping"));
                u.token = r.string(body, "token", p);
                u.tokenFile = r.path(body, "tokenFile", p);
                u.clientCertificateData = r.base64(body, "client-certificate-data", p);
                u.clientCertificateFile = r.path(body, "client-certificate", p);
                u.clientKeyData = r.base64(body, "client-key-data", p);
                u.clientKeyFile = r.path(body, "client-key", p);
                const YamlNode exec = child(body, "exec");
                if (exec.IsDefined() && !exec.IsNull()) {
                    const QString ep = p + QStringLiteral(".exec");
                    if (!exec.IsMap())
                        r.fail(exec, ep, tr("expected a mapping"));
                    u.exec.apiVersion = r.string(exec, "apiVersion", ep);
                    if (u.exec.apiVersion != QLatin1String("client.authentication.k8s.io/v1")
                        && u.exec.apiVersion != QLatin1String("client.authentication.k8s.io/v1beta1"))
                        r.fail(child(exec, "apiVersion").IsDefined() ? child(exec, "apiVersion") : exec,
                               ep + QStringLiteral(".apiVersion"),
                               tr("expected client.authentication.k8s.io/v1 or v1beta1"));
                    u.exec.command = r.string(exec, "command", ep);
                    if (u.exec.command.isEmpty())
                        r.fail(exec, ep + QStringLiteral(".command"), tr("missing"));
                    if (u.exec.command.contains(QLatin1Char('/')) && !QDir::isAbsolutePath(u.exec.command))
                        u.exec.command = QDir::cleanPath(QDir(r.dir()).absoluteFilePath(u.exec.command));
                    u.exec.installHint = r.string(exec, "installHint", ep);
                    const YamlNode args = child(exec, "args");
                    if (args.IsDefined() && !args.IsNull()) {
                        if (!args.IsSequence())
                            r.fail(args, ep + QStringLiteral(".args"), tr("expected a list of strings"));
                        for (std::size_t i = 0; i < args.size(); ++i) {
                            if (!args[i].IsScalar())
                                r.fail(args[i], ep + QStringLiteral(".args[%1]").arg(i), tr("expected a string"));
                            u.exec.args.append(text(args[i]));
                        }
                    }
                    const YamlNode env = child(exec, "env");
                    if (env.IsDefined() && !env.IsNull()) {
                        if (!env.IsSequence())
                            r.fail(env, ep + QStringLiteral(".env"), tr("expected a list of name/value pairs"));
                        for (std::size_t i = 0; i < env.size(); ++i) {
                            const QString envPath = ep + QStringLiteral(".env[%1]").arg(i);
                            if (!env[i].IsMap())
                                r.fail(env[i], envPath, tr("expected a mapping with name and value"));
                            const QString envName = r.string(env[i], "name", envPath);
                            if (envName.isEmpty())
                                r.fail(env[i], envPath + QStringLiteral(".name"), tr("missing"));
                            u.exec.env.append({envName, r.string(env[i], "value", envPath)});
                        }
                    }
                }
            }
            config.m_users.append(u);
        });

        list("contexts", [&](const YamlNode &item, const QString &name, const QString &path) {
            const YamlNode body = child(item, "context");
            const QString p = path + QStringLiteral(".context");
            if (!body.IsMap())
                r.fail(body.IsDefined() ? body : item, p, tr("expected a mapping with cluster and user"));
            Context c;
            c.name = name;
            c.location = at(fileName, item);
            c.cluster = r.string(body, "cluster", p);
            c.user = r.string(body, "user", p);
            c.namespaceName = r.string(body, "namespace", p);
            config.m_contexts.append(c);
        });
    } catch (const ParseError &e) {
        return e.error;
    }
    // Within one file a repeated name is also "first wins"; keep the lists unique.
    KubeConfig unique;
    unique.m_currentContext = config.m_currentContext;
    unique.m_currentContextLocation = config.m_currentContextLocation;
    unique.mergeFrom(config);
    unique.m_currentContext = config.m_currentContext;
    return unique;
}

QStringList KubeConfig::contextNames() const
{
    QStringList names;
    for (const Context &c : m_contexts)
        names.append(c.name);
    return names;
}

Result<KubeConnectionConfig> KubeConfig::connection(const QString &contextName) const
{
    const QString name = contextName.isEmpty() ? m_currentContext : contextName;
    if (name.isEmpty())
        return Result<KubeConnectionConfig>::failure(
            tr("current-context: not set, and no context was named (files: %1)").arg(m_files.join(QStringLiteral(", "))),
            m_files.isEmpty() ? SourceLocation{} : SourceLocation{m_files.first(), 0, 0});
    const auto ctx = std::find_if(m_contexts.cbegin(), m_contexts.cend(), [&](const Context &c) { return c.name == name; });
    if (ctx == m_contexts.cend()) {
        const SourceLocation where = contextName.isEmpty() ? m_currentContextLocation
                                                           : (m_files.isEmpty() ? SourceLocation{} : SourceLocation{m_files.first(), 0, 0});
        return Result<KubeConnectionConfig>::failure(
            tr("contexts: no context named \"%1\" (files: %2)").arg(name, m_files.join(QStringLiteral(", "))), where);
    }
    const QString ctxPath = entryPath("contexts", name) + QStringLiteral(".context");
    const auto cluster = std::find_if(m_clusters.cbegin(), m_clusters.cend(), [&](const Cluster &c) { return c.name == ctx->cluster; });
    if (cluster == m_clusters.cend())
        return Result<KubeConnectionConfig>::failure(
            ctxPath + QStringLiteral(".cluster: ") + tr("no cluster named \"%1\"").arg(ctx->cluster), ctx->location);

    KubeConnectionConfig out;
    out.contextName = name;
    out.namespaceName = ctx->namespaceName.isEmpty() ? QStringLiteral("default") : ctx->namespaceName;
    out.sourceFile = ctx->location.file;
    out.server = cluster->server;
    out.insecureSkipTlsVerify = cluster->insecureSkipTlsVerify;
    out.tlsServerName = cluster->tlsServerName;
    const QString clusterPath = entryPath("clusters", cluster->name) + QStringLiteral(".cluster");
    if (!cluster->caData.isEmpty()) {
        out.caPem = cluster->caData;
    } else if (!cluster->caFile.isEmpty()) {
        Result<QByteArray> ca = readFile(cluster->caFile, cluster->location, clusterPath + QStringLiteral(".certificate-authority"));
        if (!ca)
            return ca.error();
        out.caPem = ca.value();
    }

    if (!ctx->user.isEmpty()) {
        const auto user = std::find_if(m_users.cbegin(), m_users.cend(), [&](const User &u) { return u.name == ctx->user; });
        if (user == m_users.cend())
            return Result<KubeConnectionConfig>::failure(
                ctxPath + QStringLiteral(".user: ") + tr("no user named \"%1\"").arg(ctx->user), ctx->location);
        const QString userPath = entryPath("users", user->name) + QStringLiteral(".user");
        out.token = user->token;
        out.tokenFile = user->tokenFile;
        out.exec = user->exec;
        if (!user->clientCertificateData.isEmpty()) {
            out.clientCertificatePem = user->clientCertificateData;
        } else if (!user->clientCertificateFile.isEmpty()) {
            Result<QByteArray> cert = readFile(user->clientCertificateFile, user->location, userPath + QStringLiteral(".client-certificate"));
            if (!cert)
                return cert.error();
            out.clientCertificatePem = cert.value();
        }
        if (!user->clientKeyData.isEmpty()) {
            out.clientKeyPem = user->clientKeyData;
        } else if (!user->clientKeyFile.isEmpty()) {
            Result<QByteArray> key = readFile(user->clientKeyFile, user->location, userPath + QStringLiteral(".client-key"));
            if (!key)
                return key.error();
            out.clientKeyPem = key.value();
        }
        if (out.clientCertificatePem.isEmpty() != out.clientKeyPem.isEmpty())
            return Result<KubeConnectionConfig>::failure(
                userPath + QStringLiteral(": ") + tr("a client certificate needs both the certificate and its key"), user->location);
        if (!out.tokenFile.isEmpty() && out.token.isEmpty() && !QFileInfo::exists(out.tokenFile))
            return Result<KubeConnectionConfig>::failure(
                userPath + QStringLiteral(".tokenFile: ") + tr("cannot read %1: the file does not exist").arg(out.tokenFile),
                user->location);
    }
    return out;
}

} // namespace Gatehouse::Services
