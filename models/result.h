#pragma once

#include "sourcelocation.h"

#include <QString>

#include <utility>
#include <variant>

namespace Gatehouse::Models {

/// An error as a value: a message a person can act on, and where it happened
/// when there is a place in a file to point at.
struct Error
{
    QString message;
    SourceLocation location;

    /// "file:line:column: message" when located, the bare message otherwise.
    QString toString() const
    {
        if (location.isValid())
            return location.toString() + QStringLiteral(": ") + message;
        return message;
    }
};

/// A value or an Error. g++ 12 has no std::expected; this is the small subset we need.
template<typename T>
class Result
{
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) {}

    static Result failure(QString message, SourceLocation location = {})
    {
        return Result(Error{std::move(message), std::move(location)});
    }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T *operator->() const { return &std::get<0>(m_data); }
    const T &operator*() const { return std::get<0>(m_data); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

/// Result for operations that produce nothing but may fail.
struct Done
{
};
using Status = Result<Done>;

} // namespace Gatehouse::Models
