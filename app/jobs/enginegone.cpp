// SPDX-License-Identifier: GPL-2.0-or-later
#include "enginegone.h"

namespace Stasis::EngineGone
{

bool matches(const EngineError &error)
{
    return error.kind == EngineError::Kind::Unreachable || error.message.contains(QLatin1String("client connection is closing")) ||
        error.message.contains(QLatin1String("transport is closing"));
}

} // namespace Stasis::EngineGone
