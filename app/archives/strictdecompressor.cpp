// SPDX-License-Identifier: GPL-2.0-or-later
#include "strictdecompressor.h"

#include <KCompressionDevice>
#include <KFilterBase>

#include <QFile>

#include <zlib.h>

namespace Stasis
{

class StrictDecompressor::Codec
{
public:
    enum class Result { Ok, End, Error };

    virtual ~Codec() = default;
    virtual bool init() = 0;
    virtual void setInput(QByteArrayView input) = 0;
    virtual qsizetype inputLeft() const = 0;
    /// Decodes into @p output, setting @p produced to the bytes written.
    virtual Result decode(char *output, qsizetype size, qsizetype *produced) = 0;
};

namespace
{

constexpr qsizetype inputChunk = 64 * 1024;

/// One gzip member (zlib's gzip mode stops at the member's end, where
/// KArchive's gzip filter starts over with the next member).
class GzipCodec final : public StrictDecompressor::Codec
{
public:
    ~GzipCodec() override
    {
        if (m_initialized) {
            inflateEnd(&m_stream);
        }
    }
    bool init() override
    {
        m_initialized = inflateInit2(&m_stream, 16 + MAX_WBITS) == Z_OK;
        return m_initialized;
    }
    void setInput(QByteArrayView input) override
    {
        m_stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(input.data()));
        m_stream.avail_in = uInt(input.size());
    }
    qsizetype inputLeft() const override
    {
        return m_stream.avail_in;
    }
    Result decode(char *output, qsizetype size, qsizetype *produced) override
    {
        m_stream.next_out = reinterpret_cast<Bytef *>(output);
        m_stream.avail_out = uInt(size);
        const int result = inflate(&m_stream, Z_NO_FLUSH);
        *produced = size - m_stream.avail_out;
        if (result == Z_STREAM_END) {
            return Result::End;
        }
        return result == Z_OK || (result == Z_BUF_ERROR && m_stream.avail_in == 0) ? Result::Ok : Result::Error;
    }

private:
    z_stream m_stream{};
    bool m_initialized = false;
};

/// KArchive's zstd and xz filters, which stop at the end of the first frame or stream.
class FilterCodec final : public StrictDecompressor::Codec
{
public:
    explicit FilterCodec(KCompressionDevice::CompressionType type)
        : m_filter(KCompressionDevice::filterForCompressionType(type))
    {
    }
    ~FilterCodec() override
    {
        // The filters free their decoder only here, not in their destructors.
        if (m_initialized) {
            m_filter->terminate();
        }
    }
    bool init() override
    {
        m_initialized = m_filter && m_filter->init(QIODevice::ReadOnly);
        return m_initialized;
    }
    void setInput(QByteArrayView input) override
    {
        m_filter->setInBuffer(input.data(), uint(input.size()));
    }
    qsizetype inputLeft() const override
    {
        return m_filter->inBufferAvailable();
    }
    Result decode(char *output, qsizetype size, qsizetype *produced) override
    {
        m_filter->setOutBuffer(output, uint(size));
        const KFilterBase::Result result = m_filter->uncompress();
        *produced = size - m_filter->outBufferAvailable();
        return result == KFilterBase::End ? Result::End : result == KFilterBase::Ok ? Result::Ok : Result::Error;
    }

private:
    std::unique_ptr<KFilterBase> m_filter;
    bool m_initialized = false;
};

} // namespace

StrictDecompressor::StrictDecompressor(QFile *file, ArchiveFormat format)
    : m_file(file)
{
    const KCompressionDevice::CompressionType type = ArchiveFormats::compression(format);
    if (type == KCompressionDevice::GZip) {
        m_codec = std::make_unique<GzipCodec>();
    } else {
        m_codec = std::make_unique<FilterCodec>(type);
    }
    if (!m_codec->init()) {
        m_status = Status::Damaged;
    }
}

StrictDecompressor::~StrictDecompressor() = default;

qint64 StrictDecompressor::read(char *data, qint64 maxSize)
{
    qint64 produced = 0;
    while (m_status == Status::Ok && produced < maxSize) {
        if (m_codec->inputLeft() == 0 && m_needInput) {
            m_input = m_file->read(inputChunk);
            if (m_input.isEmpty()) {
                m_status = m_file->error() == QFile::NoError ? Status::Truncated : Status::Damaged;
                break;
            }
            m_codec->setInput(m_input);
        }
        const qsizetype room = qsizetype(maxSize - produced);
        qsizetype decoded = 0;
        const Codec::Result result = m_codec->decode(data + produced, room, &decoded);
        produced += decoded;
        // A decoder may hold output back when the output was full: it gets another call before more input.
        m_needInput = m_codec->inputLeft() == 0 && decoded < room;
        if (result == Codec::Result::Error) {
            m_status = Status::Damaged;
        } else if (result == Codec::Result::End) {
            m_trailing = m_codec->inputLeft() + (m_file->size() - m_file->pos());
            m_status = m_trailing > 0 ? Status::Trailing : Status::End;
        }
    }
    if (produced > 0 || m_status == Status::Ok) {
        return produced;
    }
    return m_status == Status::End ? 0 : -1;
}

} // namespace Stasis
