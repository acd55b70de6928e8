#pragma once

#include "services/kubeclient.h"
#include "services/kubeconfig.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

namespace Gatehouse::Services {
class KubeActions;
}

namespace Gatehouse::Ui {

/// The live Kubernetes connection of one estate environment in the Rollouts area: its
/// KubeClient (context and namespace from the user's kubeconfig), the KubeActions on
/// it, and the connection state in words.
///
/// When the kubeconfig changes (another server, CA or credential), a new client is
/// started next to the running one and takes over only once it has synced, so the view
/// is never emptied by a reconnect. UI thread only.
class RolloutEnvironment : public QObject
{
    Q_OBJECT
public:
    RolloutEnvironment(const QString &name, const QString &displayName, QObject *parent = nullptr);
    ~RolloutEnvironment() override;

    QString name() const { return m_name; }
    QString displayName() const { return m_displayName; }

    /// Connects with `config` (starts at once). The same configuration as now does nothing.
    void setConnection(const Services::KubeConnectionConfig &config);
    /// The kubeconfig gives no usable connection (unknown context, unreadable file, …):
    /// shown instead of a connection state; a running client keeps its data.
    void setConfigurationError(const QString &message);
    /// Shortens the client's retry delays (tests).
    void setClientSettings(const Services::KubeClientSettings &settings);

    /// The client whose data is shown; null before the first setConnection().
    Services::KubeClient *client() const { return m_client.get(); }
    Services::KubeActions *actions() const { return m_actions.get(); }
    QString configurationError() const { return m_configError; }

    /// The client's state, or Connecting when there is none yet.
    Services::KubeConnectionStatus status() const;
    /// One or two words for the environment selector: "connected", "reconnecting", …
    QString shortState() const;
    /// Every text shortState() can give (to size the selector once for all of them).
    static QStringList shortStates();
    /// The full sentence for the banner: state, why, next retry, and the data's age when stale.
    QString stateDescription(const QDateTime &nowUtc = QDateTime::currentDateTimeUtc()) const;
    /// Warning to show while TLS verification is turned off; empty otherwise.
    QString insecureWarning() const;
    /// "42 seconds", "5 minutes", "3 hours".
    static QString ageText(qint64 seconds);

Q_SIGNALS:
    /// The connection state (or configuration error) changed.
    void statusChanged();
    /// client() is another object now (first connection, or a kubeconfig change took over).
    void clientChanged();

private:
    void adopt(std::unique_ptr<Services::KubeClient> client);

    QString m_name;
    QString m_displayName;
    QString m_configError;
    Services::KubeClientSettings m_settings;
    bool m_haveSettings = false;
    std::unique_ptr<Services::KubeConnectionConfig> m_config;
    std::unique_ptr<Services::KubeClient> m_client;
    std::unique_ptr<Services::KubeActions> m_actions;
    std::unique_ptr<Services::KubeClient> m_pending; ///< a replacement that has not synced yet
};

} // namespace Gatehouse::Ui
