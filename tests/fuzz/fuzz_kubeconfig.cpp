// libFuzzer entry point for the kubeconfig loader: parsing one file, and resolving
// every context it declares (files named in it are looked up but rarely exist).
#include "services/kubeconfig.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const auto config = Gatehouse::Services::KubeConfig::parse(input, QStringLiteral("/nonexistent-gatehouse-fuzz/config"));
    if (!config) {
        // Errors always say where.
        if (config.error().location.file.isEmpty())
            __builtin_trap();
        return 0;
    }
    for (const QString &name : config->contextNames())
        (void)config->connection(name);
    (void)config->connection();
    return 0;
}
