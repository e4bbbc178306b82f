#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace ssc {

// An error a person can act on: what went wrong, where (file, line, record,
// field) and what was expected, already phrased as one line.
struct Error
{
    enum class Kind
    {
        Input,     // the file, value or argument given is wrong
        NotFound,  // the record asked for is not in the catalogue
        Catalogue, // the catalogue cannot be opened, read or written
        Cancelled, // the user stopped the work; nothing was changed
        Password,  // a server asked for a password it was not given, or refused it
    };
    QString message;
    Kind kind = Kind::Input;
};

// A value or an Error. Core functions return this instead of throwing or
// showing dialogs; the GUI shows the message and the CLI prints it. It is
// [[nodiscard]]: a result dropped unread is an error nobody sees.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }
    T &value() { return std::get<T>(m_state); }
    const T &value() const { return std::get<T>(m_state); }
    T &operator*() { return value(); }
    const T &operator*() const { return value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    const Error &error() const { return std::get<Error>(m_state); }
    // A value equal to this one (an error equals no value), as std::optional.
    bool operator==(const T &other) const { return ok() && value() == other; }

private:
    std::variant<T, Error> m_state;
};

// For operations that return nothing on success.
struct Done
{};
using Status = Result<Done>;
inline Status success()
{
    return Done{};
}

} // namespace ssc
