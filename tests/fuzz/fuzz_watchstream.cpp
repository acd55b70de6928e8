// libFuzzer entry point for the Kubernetes watch-stream decoder and the typed-object
// conversion behind it. The first input byte picks a chunk size, so the same stream
// is also split at arbitrary boundaries; the decoded objects go through every
// conversion the reflectors use.
#include "models/kubeobjects.h"
#include "services/kubewatchdecoder.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const qsizetype chunk = 1 + data[0] % 64;
    const QByteArray input(reinterpret_cast<const char *>(data + 1), static_cast<qsizetype>(size - 1));
    Gatehouse::Services::KubeWatchDecoder decoder;
    qsizetype decoded = 0;
    for (qsizetype at = 0; at < input.size(); at += chunk) {
        const auto events = decoder.feed(input.mid(at, chunk));
        for (const auto &event : events) {
            ++decoded;
            (void)event.resourceVersion();
            using namespace Gatehouse::Models::KubeObjects;
            const auto pod = podFromJson(event.object);
            (void)pod.displayStatus();
            (void)approximateSize(pod);
            (void)deploymentFromJson(event.object).rolloutInProgress();
            (void)replicaSetFromJson(event.object);
            (void)eventFromJson(event.object);
        }
        if (decoder.hasError())
            break;
    }
    // The decoder never holds more than the value in progress.
    if (!decoder.hasError() && decoder.pendingBytes() > input.size())
        __builtin_trap();
    return decoded >= 0 ? 0 : 1;
}
