// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

namespace Stasis
{

/// The engine's rule for checkpoint names, checked before any request.
namespace CheckpointName
{
/// Empty when @p name is valid; otherwise why not, for the user.
QString problem(const QString &name);
} // namespace CheckpointName

} // namespace Stasis
