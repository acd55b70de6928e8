#pragma once

// Writes the kubeconfig clients use to reach the simulator: one cluster
// ("gatehouse-sim": server URL, CA data for https), one user with the bearer
// token, and one context per environment named after the environment with its
// namespace; each distinct estate kubeconfig context name (spec.kubernetes.context)
// gets a context too, with the namespace of its first environment. The file is
// created with mode 0600. Called once on the main thread.

#include <QByteArray>
#include <QString>

#include <vector>

namespace Gatehouse::Sim {

struct KubeconfigContext
{
    QString name;
    QString ns;
};

// Empty error on success.
QString writeKubeconfig(const QString &path, const QString &serverUrl, const QByteArray &caPem, const QByteArray &token,
                        const std::vector<KubeconfigContext> &contexts);

} // namespace Gatehouse::Sim
