// libFuzzer entry point for the estate loader: the input is split into several
// YAML files at lines reading "#@file", so multi-file validation (duplicates,
// references across files, cycles) is exercised too.
#include "services/estateloader.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data),
                                                     static_cast<qsizetype>(size));
    static const QByteArray separator("\n#@file\n");
    QList<QPair<QString, QByteArray>> files;
    qsizetype from = 0;
    while (files.size() < 8) {
        const qsizetype at = input.indexOf(separator, from);
        const QByteArray part = input.mid(from, at < 0 ? -1 : at - from);
        const QString name = QStringLiteral("d%1/f%2.yaml").arg(files.size() % 2).arg(files.size());
        files.append({name, QByteArray(part.constData(), part.size())});
        if (at < 0)
            break;
        from = at + separator.size();
    }
    const auto result = Gatehouse::Services::EstateLoader::loadDocuments(files,
                                                                         QStringLiteral("/nonexistent-gatehouse-fuzz"));
    // The loader's contract: an estate only without errors.
    if (result.estate && result.hasErrors())
        __builtin_trap();
    return 0;
}
