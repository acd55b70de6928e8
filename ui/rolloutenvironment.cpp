#include "rolloutenvironment.h"

#include "plural.h"

#include "services/kubeactions.h"

#include <QLocale>

namespace Gatehouse::Ui {

using Services::KubeClient;
using Services::KubeConnectionStatus;
using State = Services::KubeConnectionStatus::State;

namespace {

bool sameConnection(const Services::KubeConnectionConfig &a, const Services::KubeConnectionConfig &b)
{
    return a.contextName == b.contextName && a.namespaceName == b.namespaceName && a.server == b.server
        && a.caPem == b.caPem && a.insecureSkipTlsVerify == b.insecureSkipTlsVerify && a.tlsServerName == b.tlsServerName
        && a.token == b.token && a.tokenFile == b.tokenFile && a.clientCertificatePem == b.clientCertificatePem
        && a.clientKeyPem == b.clientKeyPem && a.exec.command == b.exec.command && a.exec.args == b.exec.args
        && a.exec.env == b.exec.env;
}

QString clockTime(const QDateTime &utc)
{
    return QLocale().toString(utc.toLocalTime().time(), QLocale::LongFormat).section(QLatin1Char(' '), 0, 0);
}

} // namespace

RolloutEnvironment::RolloutEnvironment(const QString &name, const QString &displayName, QObject *parent)
    : QObject(parent), m_name(name), m_displayName(displayName.isEmpty() ? name : displayName)
{
}

RolloutEnvironment::~RolloutEnvironment()
{
    // Actions hold a pointer to the client: they go first.
    m_actions.reset();
    m_pending.reset();
    m_client.reset();
}

void RolloutEnvironment::setClientSettings(const Services::KubeClientSettings &settings)
{
    m_settings = settings;
    m_haveSettings = true;
    if (m_client)
        m_client->setSettings(settings);
}

void RolloutEnvironment::setConnection(const Services::KubeConnectionConfig &config)
{
    const bool hadError = !m_configError.isEmpty();
    m_configError.clear();
    if (m_config && sameConnection(*m_config, config)) {
        if (hadError)
            Q_EMIT statusChanged();
        return;
    }
    m_config = std::make_unique<Services::KubeConnectionConfig>(config);
    auto client = std::make_unique<KubeClient>(config);
    if (m_haveSettings)
        client->setSettings(m_settings);
    if (!m_client || m_client->store()->count(Models::KubeKind::Deployment) == 0) {
        // Nothing shown yet: the new client takes over at once.
        m_pending.reset();
        adopt(std::move(client));
        m_client->start();
        return;
    }
    // Keep showing what we have until the new connection has the full picture.
    m_pending = std::move(client);
    KubeClient *pending = m_pending.get();
    connect(pending, &KubeClient::synced, this, [this, pending] {
        if (m_pending.get() != pending)
            return;
        adopt(std::move(m_pending));
    });
    connect(pending, &KubeClient::statusChanged, this, [this, pending] {
        // A replacement that cannot connect is what the user must see (wrong token, TLS).
        if (m_pending.get() == pending && pending->status().state != State::Connecting
            && pending->status().state != State::Connected)
            Q_EMIT statusChanged();
    });
    pending->start();
    Q_EMIT statusChanged();
}

void RolloutEnvironment::adopt(std::unique_ptr<KubeClient> client)
{
    m_actions.reset();
    std::unique_ptr<KubeClient> previous = std::move(m_client);
    m_client = std::move(client);
    m_actions = std::make_unique<Services::KubeActions>(m_client.get());
    connect(m_client.get(), &KubeClient::statusChanged, this, &RolloutEnvironment::statusChanged);
    // Views move to the new store before the old one goes; it may be mid-signal, so later.
    Q_EMIT clientChanged();
    Q_EMIT statusChanged();
    if (previous) {
        previous->stop();
        previous.release()->deleteLater();
    }
}

void RolloutEnvironment::setConfigurationError(const QString &message)
{
    if (m_configError == message)
        return;
    m_configError = message;
    Q_EMIT statusChanged();
}

KubeConnectionStatus RolloutEnvironment::status() const
{
    KubeConnectionStatus shown = m_client ? m_client->status() : KubeConnectionStatus{};
    if (m_pending) {
        // The replacement's trouble is the current truth about the cluster; the data stays
        // that of the old client.
        const KubeConnectionStatus next = m_pending->status();
        if (next.state != State::Connecting && next.state != State::Connected) {
            const QDateTime asOf = shown.dataAsOf.isValid() ? shown.dataAsOf : next.dataAsOf;
            shown = next;
            shown.dataAsOf = asOf;
        }
    }
    return shown;
}

QStringList RolloutEnvironment::shortStates()
{
    return {tr("not configured"), tr("connecting"), tr("connected"), tr("reconnecting"), tr("unauthorized"),
            tr("TLS error")};
}

QString RolloutEnvironment::shortState() const
{
    if (!m_configError.isEmpty())
        return tr("not configured");
    switch (status().state) {
    case State::Connecting:
        return tr("connecting");
    case State::Connected:
        return tr("connected");
    case State::Reconnecting:
        return tr("reconnecting");
    case State::Unauthorized:
        return tr("unauthorized");
    case State::TlsError:
        return tr("TLS error");
    }
    return {};
}

QString RolloutEnvironment::stateDescription(const QDateTime &nowUtc) const
{
    if (!m_configError.isEmpty())
        return tr("No connection to the cluster of %1: %2").arg(m_displayName, m_configError);
    const KubeConnectionStatus s = status();
    QString text;
    switch (s.state) {
    case State::Connecting:
        text = tr("Connecting to %1 (context %2, namespace %3)…")
                   .arg(m_client ? m_client->server().toDisplayString() : QString(),
                        m_client ? m_client->contextName() : QString(), m_client ? m_client->namespaceName() : QString());
        break;
    case State::Connected:
        text = tr("Connected to %1 (context %2, namespace %3); the view is live.")
                   .arg(m_client->server().toDisplayString(), m_client->contextName(), m_client->namespaceName());
        break;
    case State::Reconnecting:
        text = s.nextRetry.isValid() ? tr("Reconnecting: next attempt at %1. %2").arg(clockTime(s.nextRetry), s.message)
                                     : tr("Reconnecting. %1").arg(s.message);
        break;
    case State::Unauthorized:
        text = tr("Unauthorized: the cluster refused the credential of context %2. %1")
                   .arg(s.message, m_client ? m_client->contextName() : QString());
        break;
    case State::TlsError:
        text = tr("TLS error: %1").arg(s.message);
        break;
    }
    if (s.isStale()) {
        const qint64 age = s.dataAgeSeconds(nowUtc);
        text = tr("Stale: showing data as of %1 (%2 old). ").arg(clockTime(s.dataAsOf), ageText(age)) + text;
    }
    return text.trimmed();
}

QString RolloutEnvironment::ageText(qint64 seconds)
{
    if (seconds < 120)
        return plural(tr("%n second(s)", nullptr, int(seconds)), int(seconds));
    if (seconds < 7200)
        return plural(tr("%n minute(s)", nullptr, int(seconds / 60)), int(seconds / 60));
    return plural(tr("%n hour(s)", nullptr, int(seconds / 3600)), int(seconds / 3600));
}

QString RolloutEnvironment::insecureWarning() const
{
    if (!status().insecureSkipTlsVerify)
        return {};
    return tr("TLS verification is turned off for context %1 (insecure-skip-tls-verify): anyone on the network path "
              "could read or change what you see and do here.")
        .arg(m_client ? m_client->contextName() : QString());
}

} // namespace Gatehouse::Ui
