// SPDX-License-Identifier: GPL-2.0-or-later
#include "logpane.h"

#include "logstream.h"
#include "plaintext.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QShortcut>
#include <QTextBlock>
#include <QToolButton>
#include <QVBoxLayout>

namespace Stasis
{

namespace
{
/// The colour for stderr lines: a red that reads on the palette's base colour.
QColor negativeColor(const QPalette &palette)
{
    const bool darkBase = palette.color(QPalette::Base).lightness() < 128;
    return darkBase ? QColor(0xff, 0x6e, 0x6e) : QColor(0xbf, 0x03, 0x03);
}
} // namespace

LogPane::LogPane(QWidget *parent)
    : QWidget(parent)
    , m_header(PlainText::label(this))
    , m_follow(new QToolButton(this))
    , m_search(new QLineEdit(this))
    , m_searchStatus(new QLabel(this))
    , m_clear(new QToolButton(this))
    , m_view(new QPlainTextEdit(this))
{
    m_header->setObjectName(QStringLiteral("header"));
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_header->setWordWrap(true);

    m_follow->setObjectName(QStringLiteral("follow"));
    m_follow->setText(tr("Follow"));
    m_follow->setIcon(QIcon::fromTheme(QStringLiteral("go-bottom")));
    m_follow->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_follow->setCheckable(true);
    m_follow->setChecked(true);
    m_follow->setToolTip(tr("Keep the newest lines in view"));

    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search the log (Enter or F3: next, Shift+F3: previous)"));
    m_search->setClearButtonEnabled(true);
    m_searchStatus->setObjectName(QStringLiteral("searchStatus"));
    m_searchStatus->setText(tr("Not found"));
    QPalette statusPalette = m_searchStatus->palette();
    statusPalette.setColor(QPalette::WindowText, negativeColor(palette()));
    m_searchStatus->setPalette(statusPalette);
    m_searchStatus->setVisible(false);

    m_clear->setObjectName(QStringLiteral("clear"));
    m_clear->setText(tr("Clear"));
    m_clear->setIcon(QIcon::fromTheme(QStringLiteral("edit-clear-history")));
    m_clear->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_clear->setToolTip(tr("Remove the lines shown so far; new lines keep coming"));

    m_view->setObjectName(QStringLiteral("view"));
    m_view->setReadOnly(true);
    m_view->setUndoRedoEnabled(false);
    m_view->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->setMaximumBlockCount(defaultMaximumLines);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_header, 1);
    bar->addWidget(m_search);
    bar->addWidget(m_searchStatus);
    bar->addWidget(m_follow);
    bar->addWidget(m_clear);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_follow, &QToolButton::toggled, this, [this](bool follow) {
        if (follow) {
            scrollToEnd();
        }
    });
    connect(m_clear, &QToolButton::clicked, this, &LogPane::clear);
    connect(m_search, &QLineEdit::returnPressed, this, &LogPane::findNext);
    connect(m_search, &QLineEdit::textChanged, this, [this] {
        setNotFound(false);
    });
    auto *findShortcut = new QShortcut(QKeySequence::Find, this);
    findShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(findShortcut, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    auto *nextShortcut = new QShortcut(QKeySequence::FindNext, this);
    nextShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(nextShortcut, &QShortcut::activated, this, &LogPane::findNext);
    auto *previousShortcut = new QShortcut(QKeySequence::FindPrevious, this);
    previousShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(previousShortcut, &QShortcut::activated, this, &LogPane::findPrevious);

    // Scrolling away from the end stops following; scrolling back to it follows again.
    connect(m_view->verticalScrollBar(), &QAbstractSlider::actionTriggered, this, [this] {
        const QScrollBar *bar = m_view->verticalScrollBar();
        m_follow->setChecked(bar->sliderPosition() >= bar->maximum());
    });

    updateHeader();
}

LogPane::~LogPane() = default;

void LogPane::setContainer(EngineClient *client, const QString &containerId, const QString &displayName)
{
    delete m_stream;
    m_stream = nullptr;
    clear();
    m_retryDelayMs = -1;
    if (!client || containerId.isEmpty()) {
        m_displayName.clear();
        updateHeader();
        return;
    }
    m_displayName = displayName.isEmpty() ? containerId : displayName;
    m_stream = new LogStream(client, containerId, this);
    connect(m_stream, &LogStream::linesReceived, this, &LogPane::appendLines);
    connect(m_stream, &LogStream::stateChanged, this, [this](LogStream::State state) {
        if (state == LogStream::State::Following) {
            m_retryDelayMs = -1;
        }
        updateHeader();
    });
    connect(m_stream, &LogStream::retryScheduled, this, [this](int delayMs) {
        m_retryDelayMs = delayMs;
        updateHeader();
    });
    m_stream->start();
    updateHeader();
}

void LogPane::setMaximumLines(int lines)
{
    m_view->setMaximumBlockCount(lines);
}

int LogPane::maximumLines() const
{
    return m_view->maximumBlockCount();
}

bool LogPane::isFollowing() const
{
    return m_follow->isChecked();
}

void LogPane::setFollowing(bool follow)
{
    m_follow->setChecked(follow);
}

void LogPane::appendLines(const QList<LogLine> &lines)
{
    if (lines.isEmpty()) {
        return;
    }
    QTextCharFormat stdoutFormat;
    QTextCharFormat stderrFormat;
    stderrFormat.setForeground(negativeColor(m_view->palette()));
    // A cursor of its own: appending neither moves the user's selection nor the view.
    QTextCursor cursor(m_view->document());
    cursor.movePosition(QTextCursor::End);
    cursor.beginEditBlock();
    for (const LogLine &line : lines) {
        const QTextCharFormat &format = line.stream == LogLine::Stream::Stderr ? stderrFormat : stdoutFormat;
        if (m_hasLines) {
            cursor.insertBlock(QTextBlockFormat(), format);
        } else {
            cursor.setCharFormat(format);
            m_hasLines = true;
        }
        cursor.insertText(line.text, format);
    }
    cursor.endEditBlock();
    if (isFollowing()) {
        scrollToEnd();
    }
}

void LogPane::clear()
{
    m_view->clear();
    m_hasLines = false;
    setNotFound(false);
}

bool LogPane::findNext()
{
    return find(false);
}

bool LogPane::findPrevious()
{
    return find(true);
}

bool LogPane::find(bool backward)
{
    const QString text = m_search->text();
    if (text.isEmpty()) {
        setNotFound(false);
        return false;
    }
    const QTextDocument::FindFlags flags = backward ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    const QTextCursor before = m_view->textCursor();
    bool found = m_view->find(text, flags);
    if (!found) {
        // Wrap around.
        QTextCursor cursor = before;
        cursor.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
        m_view->setTextCursor(cursor);
        found = m_view->find(text, flags);
        if (!found) {
            m_view->setTextCursor(before);
        }
    }
    setNotFound(!found);
    if (found) {
        // Keep the match in view while new lines arrive.
        setFollowing(false);
        m_view->ensureCursorVisible();
    }
    return found;
}

void LogPane::setNotFound(bool notFound)
{
    m_searchStatus->setVisible(notFound);
    m_search->setProperty("notFound", notFound);
    QPalette searchPalette = palette();
    if (notFound) {
        const QColor base = searchPalette.color(QPalette::Base);
        const QColor negative = negativeColor(searchPalette);
        searchPalette.setColor(QPalette::Base,
                               QColor::fromRgbF(base.redF() * 0.75f + negative.redF() * 0.25f,
                                                base.greenF() * 0.75f + negative.greenF() * 0.25f,
                                                base.blueF() * 0.75f + negative.blueF() * 0.25f));
    }
    m_search->setPalette(searchPalette);
}

void LogPane::updateHeader()
{
    if (!m_stream) {
        m_header->setText(tr("No container selected."));
        return;
    }
    QString state;
    switch (m_stream->state()) {
    case LogStream::State::Idle:
        state = tr("opening the log…");
        break;
    case LogStream::State::Following:
        state = tr("following");
        break;
    case LogStream::State::Ended:
        state = tr("container stopped — waiting for it to run again");
        break;
    case LogStream::State::Failed:
        state = m_retryDelayMs >= 0 ? tr("cannot follow the log: %1 Trying again in %2 s.").arg(m_stream->error().toString()).arg((m_retryDelayMs + 999) / 1000)
                                    : tr("cannot follow the log: %1").arg(m_stream->error().toString());
        break;
    }
    m_header->setText(tr("%1 — %2").arg(m_displayName, state));
}

void LogPane::scrollToEnd()
{
    QScrollBar *bar = m_view->verticalScrollBar();
    bar->setValue(bar->maximum());
}

} // namespace Stasis
