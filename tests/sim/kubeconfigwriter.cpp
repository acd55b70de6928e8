#include "kubeconfigwriter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace Gatehouse::Sim {

// JSON string syntax is valid YAML and escapes everything that needs it.
static QByteArray quoted(const QString &value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QString writeKubeconfig(const QString &path, const QString &serverUrl, const QByteArray &caPem, const QByteArray &token,
                        const std::vector<KubeconfigContext> &contexts)
{
    QByteArray text = "apiVersion: v1\nkind: Config\npreferences: {}\nclusters:\n- name: gatehouse-sim\n  cluster:\n    server: "
        + quoted(serverUrl) + '\n';
    if (!caPem.isEmpty())
        text += "    certificate-authority-data: " + caPem.toBase64() + '\n';
    text += "users:\n- name: gatehouse-sim\n  user:\n";
    if (!token.isEmpty())
        text += "    token: " + quoted(QString::fromLatin1(token)) + '\n';
    else
        text += "    {}\n";
    text += "contexts:\n";
    for (const KubeconfigContext &context : contexts) {
        text += "- name: " + quoted(context.name) + "\n  context:\n    cluster: gatehouse-sim\n    user: gatehouse-sim\n";
        if (!context.ns.isEmpty())
            text += "    namespace: " + quoted(context.ns) + '\n';
    }
    if (!contexts.empty())
        text += "current-context: " + quoted(contexts.front().name) + '\n';

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return u"cannot write "_s + path + u": "_s + file.errorString();
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(text);
    if (!file.commit())
        return u"cannot write "_s + path + u": "_s + file.errorString();
    return QString();
}

} // namespace Gatehouse::Sim
