// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>

#include <expected>

namespace Stasis
{

/// The rules every entry name of an untrusted archive must follow, shared by
/// the tar and zip readers: relative, '/'-separated, valid UTF-8 without NUL
/// or control characters, no empty, "." or ".." components, bounded length
/// and depth.
namespace ArchivePath
{
/// The name as a path without its trailing '/', or a sentence saying what is
/// wrong with it (naming it in printable form).
std::expected<QString, QString> validate(QByteArrayView raw, int maxPathBytes, int maxDepth);
/// @p raw for messages: valid UTF-8 stays, control characters and invalid
/// bytes become \xNN escapes, and very long names are shortened.
QString printable(QByteArrayView raw);
/// True when every component of @p path (a validated name) holds only the
/// characters CRIU and Stasis use in the names they write: ASCII letters,
/// digits, '.', '_', '+' and '-' (CRIU: "pages-1.img",
/// "tmpfs-dev-75.tar.gz.img", "descriptors.json"; Stasis: "stasis.json").
/// A message about a name that is not shows it through UntrustedText::asciiEscaped().
bool hasPlainName(const QString &path);
/// True when @p path is @p folder or lies under it, comparing whole segments
/// ("checkpoint-evil/x" is not under "checkpoint").
bool isUnder(const QString &path, const QString &folder);
} // namespace ArchivePath

} // namespace Stasis
