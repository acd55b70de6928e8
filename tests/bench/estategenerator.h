#pragma once

#include <QString>

namespace Gatehouse::Bench {

/// Sizes of a generated estate. The defaults are the benchmark's reference size.
struct EstateSize
{
    int integrations = 500;
    int dependencies = 2000;
    int environments = 50;
    int sites = 20;
    quint32 seed = 20261112;
};

/// Writes a large estate that follows resources/estate-format.md into a folder:
/// sites, environments with workloads, integrations with partners, data contracts
/// and dependencies (acyclic over sync links; async/batch links may close cycles),
/// calendars with a holiday .ics, and one policy per tier. The same size and seed
/// always produce byte-identical files. Runs on the calling thread.
class EstateGenerator
{
public:
    explicit EstateGenerator(EstateSize size = {});

    /// Creates `folder` if needed and writes the estate into it. Returns an empty
    /// string on success, otherwise what went wrong.
    QString write(const QString &folder) const;

    /// Name of the integration with the given index ("integration-0042-edi", …).
    QString integrationName(int index) const;

private:
    EstateSize m_size;
};

} // namespace Gatehouse::Bench
