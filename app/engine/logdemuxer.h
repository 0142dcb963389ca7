// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

namespace Stasis
{

/// Splits the engine's multiplexed log stream (non-TTY containers) into
/// frames: an 8-byte header `[stream, 0, 0, 0, size (big endian u32)]`, then
/// the payload. Bytes may arrive in any chunking; incomplete frames wait for
/// the next feed().
class LogDemuxer
{
public:
    enum class Stream : quint8 { Stdin = 0, Stdout = 1, Stderr = 2 };
    struct Frame {
        Stream stream;
        QByteArray payload;
    };

    /// Appends @p bytes and returns the frames completed by them.
    QList<Frame> feed(const QByteArray &bytes);
    /// True when the stream broke the framing (an unknown stream byte).
    bool isCorrupt() const
    {
        return m_corrupt;
    }
    /// Bytes of a frame still waiting for the rest.
    qsizetype pendingBytes() const
    {
        return m_buffer.size();
    }

    /// Demultiplexes a complete log body and joins the payloads of stdout and stderr.
    static QByteArray joinAll(const QByteArray &body);

private:
    QByteArray m_buffer;
    bool m_corrupt = false;
};

} // namespace Stasis
