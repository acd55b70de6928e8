#include "changerequest.h"

#include <array>

namespace Gatehouse::Models {

namespace {
constexpr std::array<const char *, 11> kStates{
    "draft",       "submitted", "assessed",    "approved", "rejected", "scheduled",
    "in-progress", "completed", "rolled-back", "failed",   "closed",
};
} // namespace

QString toString(ChangeState state)
{
    return QString::fromLatin1(kStates.at(static_cast<std::size_t>(state)));
}

std::optional<ChangeState> changeStateFromString(const QString &text)
{
    for (std::size_t i = 0; i < kStates.size(); ++i) {
        if (text == QLatin1String(kStates.at(i)))
            return static_cast<ChangeState>(i);
    }
    return std::nullopt;
}

} // namespace Gatehouse::Models
