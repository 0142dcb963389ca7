// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "logdemuxer.h"
#include "logline.h"

#include <QByteArray>
#include <QList>

#include <array>
#include <optional>

namespace Stasis
{

/// Turns the bytes of `GET /containers/{id}/logs?timestamps=1` into lines:
/// demultiplexes (non-TTY containers) or reads raw text (TTY containers),
/// keeps partial lines until their end arrives, strips the engine's
/// RFC 3339 timestamp and the line ending. After resumeAfterLastLine(), the
/// lines of a re-opened stream at or before the last line seen are dropped,
/// so a stream re-opened with `since=` continues without duplicates.
///
/// A line longer than maximumLineBytes is handed on in pieces of at most
/// that size (cut between characters), so a container that never writes a
/// newline cannot grow one line without bound.
///
/// Known limit: the engine splits lines longer than 16 KiB into several
/// messages, each with its own timestamp. Multiplexed streams keep message
/// boundaries and are joined correctly; in a raw (TTY) stream the inner
/// timestamps stay in the text.
class LogLineSplitter
{
public:
    enum class Framing {
        Detect, ///< Decide from the first bytes (engines before API 1.42 label both kinds "raw-stream").
        Multiplexed,
        Raw,
    };

    static constexpr qsizetype maximumLineBytes = 64 * 1024;

    explicit LogLineSplitter(Framing framing = Framing::Detect);

    /// The framing the engine's Content-Type names; Detect when it names none for sure.
    static Framing framingFor(const QByteArray &contentType, const QString &apiVersion);

    /// Starts a new stream: forgets partial lines, keeps the last timestamp seen.
    void restart(Framing framing);
    /// Drops the next stream's lines at or before the last line seen so far.
    void resumeAfterLastLine();

    /// Appends @p bytes and returns the lines they completed.
    QList<LogLine> feed(const QByteArray &bytes);
    /// The stream ended normally: its unterminated last lines, if any.
    QList<LogLine> finish();

    Framing framing() const
    {
        return m_framing;
    }
    /// True when a stream announced as multiplexed broke the framing.
    bool isCorrupt() const
    {
        return m_demuxer.isCorrupt();
    }
    /// Nanoseconds since the epoch of the newest line seen; 0 before any.
    qint64 lastNanoseconds() const
    {
        return m_lastNanoseconds;
    }
    /// The `since` query value that re-reads from the last line seen
    /// (`seconds.nanoseconds`); empty before any line.
    QString sinceParameter() const;

    struct Timestamp {
        QDateTime dateTime;
        qint64 nanoseconds = 0;
        qsizetype length = 0; ///< bytes taken from the start of the line
    };
    /// Parses an RFC 3339 timestamp (fraction optional, up to nanoseconds;
    /// `Z` or a numeric offset) at the start of @p line.
    static std::optional<Timestamp> parseTimestamp(QByteArrayView line);

private:
    void appendText(LogLine::Stream stream, QByteArrayView text, bool messageStart, QList<LogLine> &lines);
    /// Hands on the leading pieces of an over-long @p partial line, leaving at most maximumLineBytes.
    void takePieces(LogLine::Stream stream, QByteArray &partial, QList<LogLine> &lines);
    void takeLine(LogLine::Stream stream, QByteArrayView line, QList<LogLine> &lines);

    Framing m_framing;
    LogDemuxer m_demuxer;
    QByteArray m_undecided;
    std::array<QByteArray, 2> m_partial; ///< per stream: bytes of a line whose end has not arrived
    qint64 m_lastNanoseconds = 0;
    qint64 m_dropThrough = 0;
};

} // namespace Stasis
