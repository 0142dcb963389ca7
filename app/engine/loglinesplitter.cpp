// SPDX-License-Identifier: GPL-2.0-or-later
#include "loglinesplitter.h"

#include <QTimeZone>
#include <QVersionNumber>

namespace Stasis
{

namespace
{
constexpr qint64 nanosecondsPerSecond = 1000000000;

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

/// The @p count digits at @p position as a number, or -1.
int number(QByteArrayView text, qsizetype position, int count)
{
    if (position + count > text.size()) {
        return -1;
    }
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char c = text[position + i];
        if (!isDigit(c)) {
            return -1;
        }
        value = value * 10 + (c - '0');
    }
    return value;
}

bool hasAt(QByteArrayView text, qsizetype position, char c)
{
    return position < text.size() && text[position] == c;
}

LogLine::Stream streamOf(LogDemuxer::Stream stream)
{
    return stream == LogDemuxer::Stream::Stderr ? LogLine::Stream::Stderr : LogLine::Stream::Stdout;
}
} // namespace

LogLineSplitter::LogLineSplitter(Framing framing)
    : m_framing(framing)
{
}

LogLineSplitter::Framing LogLineSplitter::framingFor(const QByteArray &contentType, const QString &apiVersion)
{
    if (contentType.contains("application/vnd.docker.multiplexed-stream")) {
        return Framing::Multiplexed;
    }
    // Before API 1.42 the engine labels multiplexed log streams "raw-stream" too.
    const QVersionNumber version = QVersionNumber::fromString(apiVersion);
    if (contentType.contains("application/vnd.docker.raw-stream") && !version.isNull() && version >= QVersionNumber(1, 42)) {
        return Framing::Raw;
    }
    return Framing::Detect;
}

void LogLineSplitter::restart(Framing framing)
{
    m_framing = framing;
    m_demuxer = LogDemuxer();
    m_undecided.clear();
    for (QByteArray &partial : m_partial) {
        partial.clear();
    }
}

void LogLineSplitter::resumeAfterLastLine()
{
    m_dropThrough = m_lastNanoseconds;
}

QString LogLineSplitter::sinceParameter() const
{
    if (m_lastNanoseconds <= 0) {
        return {};
    }
    return QStringLiteral("%1.%2").arg(m_lastNanoseconds / nanosecondsPerSecond).arg(m_lastNanoseconds % nanosecondsPerSecond, 9, 10, QLatin1Char('0'));
}

QList<LogLine> LogLineSplitter::feed(const QByteArray &bytes)
{
    QList<LogLine> lines;
    QByteArray input = bytes;
    if (m_framing == Framing::Detect) {
        m_undecided.append(bytes);
        if (m_undecided.size() < 4) {
            return lines;
        }
        // A frame header is a stream byte (0, 1 or 2) and three zero bytes; a
        // timestamped raw line starts with a digit.
        const bool header = uchar(m_undecided[0]) <= 2 && m_undecided[1] == '\0' && m_undecided[2] == '\0' && m_undecided[3] == '\0';
        m_framing = header ? Framing::Multiplexed : Framing::Raw;
        input = std::exchange(m_undecided, {});
    }
    if (m_framing == Framing::Multiplexed) {
        for (const LogDemuxer::Frame &frame : m_demuxer.feed(input)) {
            appendText(streamOf(frame.stream), frame.payload, true, lines);
        }
    } else {
        appendText(LogLine::Stream::Stdout, input, false, lines);
    }
    return lines;
}

QList<LogLine> LogLineSplitter::finish()
{
    QList<LogLine> lines;
    if (!m_undecided.isEmpty()) {
        m_partial[qsizetype(LogLine::Stream::Stdout)].append(std::exchange(m_undecided, {}));
    }
    for (qsizetype stream = 0; stream < qsizetype(m_partial.size()); ++stream) {
        if (!m_partial[stream].isEmpty()) {
            takeLine(LogLine::Stream(stream), std::exchange(m_partial[stream], {}), lines);
        }
    }
    return lines;
}

void LogLineSplitter::appendText(LogLine::Stream stream, QByteArrayView text, bool messageStart, QList<LogLine> &lines)
{
    QByteArray &partial = m_partial[qsizetype(stream)];
    if (messageStart && !partial.isEmpty()) {
        // The rest of a message the engine split (lines over 16 KiB): it has a
        // timestamp of its own that is not part of the text.
        if (const auto timestamp = parseTimestamp(text); timestamp && hasAt(text, timestamp->length, ' ')) {
            text = text.sliced(timestamp->length + 1);
        }
    }
    qsizetype start = 0;
    for (qsizetype end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
        partial.append(text.sliced(start, end - start));
        takePieces(stream, partial, lines);
        takeLine(stream, std::exchange(partial, {}), lines);
        start = end + 1;
    }
    partial.append(text.sliced(start));
    takePieces(stream, partial, lines);
}

void LogLineSplitter::takePieces(LogLine::Stream stream, QByteArray &partial, QList<LogLine> &lines)
{
    qsizetype taken = 0;
    while (partial.size() - taken > maximumLineBytes) {
        // Cut between characters: back off over UTF-8 continuation bytes.
        qsizetype cut = maximumLineBytes;
        while (cut > maximumLineBytes - 3 && (uchar(partial[taken + cut]) & 0xc0) == 0x80) {
            --cut;
        }
        takeLine(stream, QByteArrayView(partial).sliced(taken, cut), lines);
        taken += cut;
    }
    partial.remove(0, taken);
}

void LogLineSplitter::takeLine(LogLine::Stream stream, QByteArrayView line, QList<LogLine> &lines)
{
    if (line.endsWith('\r')) {
        line.chop(1);
    }
    LogLine result;
    result.stream = stream;
    if (const auto timestamp = parseTimestamp(line)) {
        if (m_dropThrough > 0 && timestamp->nanoseconds <= m_dropThrough) {
            return;
        }
        result.timestamp = timestamp->dateTime;
        result.nanoseconds = timestamp->nanoseconds;
        m_lastNanoseconds = std::max(m_lastNanoseconds, timestamp->nanoseconds);
        line = line.sliced(timestamp->length);
        if (line.startsWith(' ')) {
            line = line.sliced(1);
        }
    }
    result.text = QString::fromUtf8(line);
    lines.append(result);
}

std::optional<LogLineSplitter::Timestamp> LogLineSplitter::parseTimestamp(QByteArrayView line)
{
    // 2006-01-02T15:04:05[.999999999](Z|+07:00)
    const int year = number(line, 0, 4);
    const int month = number(line, 5, 2);
    const int day = number(line, 8, 2);
    const int hour = number(line, 11, 2);
    const int minute = number(line, 14, 2);
    const int second = number(line, 17, 2);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0 || !hasAt(line, 4, '-') || !hasAt(line, 7, '-') || !hasAt(line, 10, 'T') ||
        !hasAt(line, 13, ':') || !hasAt(line, 16, ':')) {
        return std::nullopt;
    }
    const QDate date(year, month, day);
    const QTime time(hour, minute, second);
    if (!date.isValid() || !time.isValid()) {
        return std::nullopt;
    }
    qsizetype position = 19;
    qint64 fraction = 0;
    if (hasAt(line, position, '.')) {
        ++position;
        int digits = 0;
        for (; position < line.size() && isDigit(line[position]); ++position, ++digits) {
            if (digits < 9) {
                fraction = fraction * 10 + (line[position] - '0');
            }
        }
        if (digits == 0) {
            return std::nullopt;
        }
        for (; digits < 9; ++digits) {
            fraction *= 10;
        }
    }
    qint64 offsetSeconds = 0;
    if (hasAt(line, position, 'Z')) {
        ++position;
    } else if (hasAt(line, position, '+') || hasAt(line, position, '-')) {
        const int offsetHours = number(line, position + 1, 2);
        const int offsetMinutes = number(line, position + 4, 2);
        if (offsetHours < 0 || offsetMinutes < 0 || !hasAt(line, position + 3, ':')) {
            return std::nullopt;
        }
        offsetSeconds = (offsetHours * 60 + offsetMinutes) * 60 * (line[position] == '-' ? -1 : 1);
        position += 6;
    } else {
        return std::nullopt;
    }
    const qint64 seconds = QDateTime(date, time, QTimeZone(QTimeZone::UTC)).toSecsSinceEpoch() - offsetSeconds;
    Timestamp timestamp;
    timestamp.nanoseconds = seconds * nanosecondsPerSecond + fraction;
    timestamp.dateTime = QDateTime::fromMSecsSinceEpoch(seconds * 1000 + fraction / 1000000, QTimeZone(QTimeZone::UTC));
    timestamp.length = position;
    return timestamp;
}

} // namespace Stasis
