#pragma once

#include "estateenums.h"
#include "sourcelocation.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Gatehouse::Models {

/// A Kubernetes workload an environment runs (a Deployment).
struct Workload
{
    QString name; ///< Deployment name, e.g. "odoo-web"
    QString kind; ///< "odoo-web", "odoo-longpolling", "odoo-cron", "queue-worker", "integration-worker", …
    QString image;
    int replicas = 1;
    /// Integrations this workload runs; a change to the workload is a change to them.
    QStringList integrations;
    SourceLocation location;
};

/// Where an environment's Odoo database lives. The password is only ever a reference.
struct DatabaseEndpoint
{
    QString host;
    int port = 5432;
    QString name;
    QString user;
    QString sslMode;     ///< libpq sslmode, e.g. "verify-full"; empty = libpq default
    QString passwordRef; ///< "keychain:<service>/<account>"; empty = no password
};

/// How Gatehouse logs in to an environment's Prometheus or Alertmanager (spec.prometheus /
/// spec.alertmanager). Secrets are only ever keychain references.
struct HttpSourceAccess
{
    QString bearerTokenRef;       ///< "keychain:<service>/<account>" holding a bearer token; empty = none
    QString basicAuthUser;        ///< basic-auth user; empty = no basic auth
    QString basicAuthPasswordRef; ///< "keychain:<service>/<account>" holding the basic-auth password
    QString caFile;               ///< absolute path of a PEM CA to trust besides the system's; empty = none
};

struct Environment
{
    QString name;
    QString displayName;
    Tier tier = Tier::Development;
    Hosting hosting = Hosting::MultiTenant;
    QStringList sites; ///< Site names this environment serves.
    QString kubeContext;
    QString kubeNamespace;
    DatabaseEndpoint odooDatabase;
    QUrl prometheusUrl;
    QUrl alertmanagerUrl;
    HttpSourceAccess prometheusAccess;
    HttpSourceAccess alertmanagerAccess;
    QList<Workload> workloads;
    SourceLocation location;
};

} // namespace Gatehouse::Models
