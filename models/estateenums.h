#pragma once

#include <QString>

#include <optional>

namespace Gatehouse::Models {

enum class Criticality { Critical, High, Medium, Low };
enum class DependencyMode { Sync, Async, Batch };
enum class Tier { Production, Staging, Development };
enum class Hosting { MultiTenant, Dedicated };
enum class ChangeType { Standard, Normal, Emergency };
/// How a failure travels along a dependency: a sync dependent fails with it,
/// an async or batch dependent degrades (queues back up, data goes stale).
enum class ImpactKind { Fails, Degrades };

// The YAML spelling of each value ("critical", "multi-tenant", …) and back.
// fromString returns nullopt for an unknown spelling; the loader reports it.
QString toString(Criticality value);
QString toString(DependencyMode value);
QString toString(Tier value);
QString toString(Hosting value);
QString toString(ChangeType value);
QString toString(ImpactKind value);

std::optional<Criticality> criticalityFromString(const QString &text);
std::optional<DependencyMode> dependencyModeFromString(const QString &text);
std::optional<Tier> tierFromString(const QString &text);
std::optional<Hosting> hostingFromString(const QString &text);
std::optional<ChangeType> changeTypeFromString(const QString &text);

/// Lower is more critical, so sorting by rank puts critical first.
constexpr int rank(Criticality value)
{
    return static_cast<int>(value);
}

} // namespace Gatehouse::Models
