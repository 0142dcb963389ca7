// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QColor>

/// The colours of an engine connection's state, the same in the engines
/// list and in the connection bar.
namespace Stasis::EngineStateColours
{
/// Connected, and able to checkpoint.
inline const QColor connected{0x2e, 0xa0, 0x43};
/// Connecting, or connected but unable to checkpoint.
inline const QColor waiting{0xd9, 0x8e, 0x04};
inline const QColor failed{0xc0, 0x39, 0x2b};
} // namespace Stasis::EngineStateColours
