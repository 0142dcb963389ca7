// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QtEndian>

namespace Stasis::Test
{

/// One frame of the engine's multiplexed log stream: `[stream, 0, 0, 0,
/// size (big endian u32)]`, then the payload.
inline QByteArray multiplexedFrame(quint8 stream, const QByteArray &payload)
{
    QByteArray header(8, '\0');
    header[0] = char(stream);
    qToBigEndian<quint32>(quint32(payload.size()), header.data() + 4);
    return header + payload;
}

} // namespace Stasis::Test
