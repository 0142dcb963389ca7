// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "archivelimits.h"
#include "firstfailure.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Stasis
{

/// One entry of a tar stream as TarStreamReader accepts it.
struct TarEntry {
    enum class Type { File, Directory };
    /// Relative, '/'-separated, without a trailing '/'.
    QString path;
    Type type = Type::File;
    qint64 size = 0;
    /// Permission bits (0 to 07777).
    int mode = 0;
    QDateTime modified;
};

/// A strict push parser for untrusted tar streams (ustar and GNU headers).
///
/// Only regular files and folders pass; everything another reader could
/// interpret differently is refused rather than skipped: links, devices,
/// fifos, pax and GNU long-name headers, sparse files, bad checksums,
/// names that are absolute, contain "." / ".." / empty components, NUL,
/// control characters or invalid UTF-8, or exceed the length and depth
/// limits. Sizes and counts are checked against the limits from the header,
/// before any data is handed out; data is handed out in the chunks it arrives
/// in, never buffered whole. The stream must end with two zero blocks
/// (anything after them must be zeros).
class TarStreamReader final : public FirstFailure
{
    Q_DECLARE_TR_FUNCTIONS(Stasis::TarStreamReader)

public:
    class Handler
    {
    public:
        virtual ~Handler() = default;
        /// False: stop (the handler called fail()).
        virtual bool entryStarted(const TarEntry &entry) = 0;
        virtual bool entryData(QByteArrayView chunk) = 0;
        virtual bool entryFinished() = 0;
    };

    static constexpr qsizetype blockSize = 512;

    explicit TarStreamReader(Handler *handler, const ArchiveLimits &limits = ArchiveLimits());

    /// False once failed.
    bool feed(QByteArrayView bytes);
    /// End of input; false when the archive is truncated or has no end blocks.
    bool finish();

    qint64 bytesConsumed() const
    {
        return m_consumed;
    }
    /// The entry being read, or the last one (printable), for messages.
    QString currentEntry() const
    {
        return m_entryName;
    }
    /// True after the two closing zero blocks.
    bool atEnd() const
    {
        return m_state == State::End;
    }

private:
    enum class State { Header, Data, Padding, SecondEndBlock, End };

    bool parseHeader();
    bool finishEntry();

    Handler *m_handler;
    ArchiveLimits m_limits;
    State m_state = State::Header;
    QByteArray m_header;
    QString m_entryName;
    qint64 m_remaining = 0;
    qint64 m_padding = 0;
    qint64 m_consumed = 0;
    qint64 m_entries = 0;
    qint64 m_total = 0;
};

} // namespace Stasis
