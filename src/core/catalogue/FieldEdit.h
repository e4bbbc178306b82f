#pragma once

#include "core/base/Result.h"
#include "core/domain/Initiative.h"

#include <QStringList>

namespace ssc {

// One change to one field, as `ssc-catalogue edit` takes it:
// --set FIELD=VALUE, --add FIELD=VALUE, --remove FIELD=VALUE. The fields
// and what their values look like are one table (FieldEdit.cpp); the value
// is checked when the record is written, like an import.
struct FieldEdit
{
    enum class Op
    {
        Set,
        Add,
        Remove,
    };
    Op op = Op::Set;
    QString field;
    QString value;

    // "FIELD=VALUE"; an unknown field or a missing "=" is an error naming it.
    static Result<FieldEdit> parse(Op op, const QString &argument);
    // The fields, for help and messages.
    static QStringList fieldNames();
    [[nodiscard]] Status applyTo(Initiative &initiative) const;
};

} // namespace ssc
