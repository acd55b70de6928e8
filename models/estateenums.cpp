#include "estateenums.h"

#include <array>
#include <utility>

namespace Gatehouse::Models {

namespace {

template<typename E, std::size_t N>
QString spell(const std::array<std::pair<E, const char *>, N> &table, E value)
{
    for (const auto &[e, text] : table) {
        if (e == value)
            return QString::fromLatin1(text);
    }
    return {};
}

template<typename E, std::size_t N>
std::optional<E> parse(const std::array<std::pair<E, const char *>, N> &table, const QString &text)
{
    for (const auto &[e, spelling] : table) {
        if (text == QLatin1String(spelling))
            return e;
    }
    return std::nullopt;
}

constexpr std::array<std::pair<Criticality, const char *>, 4> kCriticality{{
    {Criticality::Critical, "critical"},
    {Criticality::High, "high"},
    {Criticality::Medium, "medium"},
    {Criticality::Low, "low"},
}};
constexpr std::array<std::pair<DependencyMode, const char *>, 3> kMode{{
    {DependencyMode::Sync, "sync"},
    {DependencyMode::Async, "async"},
    {DependencyMode::Batch, "batch"},
}};
constexpr std::array<std::pair<Tier, const char *>, 3> kTier{{
    {Tier::Production, "production"},
    {Tier::Staging, "staging"},
    {Tier::Development, "development"},
}};
constexpr std::array<std::pair<Hosting, const char *>, 2> kHosting{{
    {Hosting::MultiTenant, "multi-tenant"},
    {Hosting::Dedicated, "dedicated"},
}};
constexpr std::array<std::pair<ChangeType, const char *>, 3> kChangeType{{
    {ChangeType::Standard, "standard"},
    {ChangeType::Normal, "normal"},
    {ChangeType::Emergency, "emergency"},
}};
constexpr std::array<std::pair<ImpactKind, const char *>, 2> kImpact{{
    {ImpactKind::Fails, "fails"},
    {ImpactKind::Degrades, "degrades"},
}};

} // namespace

QString toString(Criticality value)
{
    return spell(kCriticality, value);
}
QString toString(DependencyMode value)
{
    return spell(kMode, value);
}
QString toString(Tier value)
{
    return spell(kTier, value);
}
QString toString(Hosting value)
{
    return spell(kHosting, value);
}
QString toString(ChangeType value)
{
    return spell(kChangeType, value);
}
QString toString(ImpactKind value)
{
    return spell(kImpact, value);
}

std::optional<Criticality> criticalityFromString(const QString &text)
{
    return parse(kCriticality, text);
}
std::optional<DependencyMode> dependencyModeFromString(const QString &text)
{
    return parse(kMode, text);
}
std::optional<Tier> tierFromString(const QString &text)
{
    return parse(kTier, text);
}
std::optional<Hosting> hostingFromString(const QString &text)
{
    return parse(kHosting, text);
}
std::optional<ChangeType> changeTypeFromString(const QString &text)
{
    return parse(kChangeType, text);
}

} // namespace Gatehouse::Models
