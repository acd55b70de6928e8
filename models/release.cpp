#include "models/release.h"

#include <array>
#include <utility>

namespace Gatehouse::Models {

namespace {

constexpr std::array<std::pair<ReleaseState, const char *>, 6> kReleaseStates{{
    {ReleaseState::Planned, "planned"},
    {ReleaseState::Running, "running"},
    {ReleaseState::Paused, "paused"},
    {ReleaseState::Completed, "completed"},
    {ReleaseState::RolledBack, "rolled-back"},
    {ReleaseState::Failed, "failed"},
}};

constexpr std::array<std::pair<PhaseState, const char *>, 8> kPhaseStates{{
    {PhaseState::Pending, "pending"},
    {PhaseState::Rolling, "rolling"},
    {PhaseState::Baking, "baking"},
    {PhaseState::Completed, "completed"},
    {PhaseState::Paused, "paused"},
    {PhaseState::RolledBack, "rolled-back"},
    {PhaseState::Failed, "failed"},
    {PhaseState::RollingBack, "rolling-back"},
}};

template<typename E, std::size_t N>
QString nameOf(const std::array<std::pair<E, const char *>, N> &table, E value)
{
    for (const auto &[key, name] : table) {
        if (key == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template<typename E, std::size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, const char *>, N> &table, const QString &text)
{
    for (const auto &[key, name] : table) {
        if (text == QLatin1String(name))
            return key;
    }
    return std::nullopt;
}

} // namespace

QString toString(ReleaseState state)
{
    return nameOf(kReleaseStates, state);
}

QString toString(PhaseState state)
{
    return nameOf(kPhaseStates, state);
}

QString toString(PhaseKind kind)
{
    return kind == PhaseKind::Canary ? QStringLiteral("canary") : QStringLiteral("rest");
}

std::optional<ReleaseState> releaseStateFromString(const QString &text)
{
    return valueOf(kReleaseStates, text);
}

std::optional<PhaseState> phaseStateFromString(const QString &text)
{
    return valueOf(kPhaseStates, text);
}

std::optional<PhaseKind> phaseKindFromString(const QString &text)
{
    if (text == QLatin1String("canary"))
        return PhaseKind::Canary;
    if (text == QLatin1String("rest"))
        return PhaseKind::Rest;
    return std::nullopt;
}

bool Release::isFinal() const
{
    return state == ReleaseState::Completed || state == ReleaseState::RolledBack || state == ReleaseState::Failed;
}

} // namespace Gatehouse::Models
