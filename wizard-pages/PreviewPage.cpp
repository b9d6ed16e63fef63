#include "PreviewPage.h"

#include "ConnectionFlow.h"
#include "FileDialogs.h"
#include "ops/Operations.h"
#include "profile/Validation.h"
#include "render/Generators.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QTabWidget>
#include <QVBoxLayout>

namespace odoodeploy {

PreviewPage::PreviewPage(ProfileModel *model, SecretStore *secrets, QWidget *parent)
    : QWizardPage(parent), m_model(model), m_flow(new ConnectionFlow(model, secrets, this))
{
    setTitle(tr("Preview"));
    setSubTitle(tr("Every file the deployment writes to the server, exactly as it will be written. "
                   "A file that already exists there is backed up before it is replaced."));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("previewSummary"));
    m_summary->setWordWrap(true);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("previewTabs"));
    m_compare = new QPushButton(tr("Compare with the &server"), this);
    m_compare->setObjectName(QStringLiteral("compareWithServer"));
    m_compare->setToolTip(tr("Reads the files on the server and shows the differences; changes nothing."));
    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_compare);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);
    connect(m_compare, &QPushButton::clicked, this, &PreviewPage::compareWithServer);
    connect(m_flow, &ConnectionFlow::status, m_summary, &QLabel::setText);
    connect(m_flow, &ConnectionFlow::failed, m_summary, &QLabel::setText);
    connect(m_flow, &ConnectionFlow::planned, this, [this] {
        // After the probe, if there was one: the facts decide which files there are.
        m_comparedPaths = CompareFilesOperation::paths(m_model->profile(), m_flow->facts());
    });
    connect(m_flow, &ConnectionFlow::output, this, [this](int i, int stream, const QString &text) {
        if (i < m_comparedPaths.size() && stream == int(OutputStream::Stdout))
            m_diffs[m_comparedPaths.at(i)] += text;
    });
    connect(m_flow, &ConnectionFlow::stepFinished, this, [this](int i, const StepOutcome &o) {
        if (i >= m_comparedPaths.size())
            return;
        if (o.status == StepOutcome::Status::Unchanged)
            m_diffs[m_comparedPaths.at(i)] = tr("Same as on the server.");
        else if (o.status != StepOutcome::Status::Changed)
            m_diffs[m_comparedPaths.at(i)] = o.message;
    });
    connect(m_flow, &ConnectionFlow::finished, this, [this](bool success) {
        m_compare->setEnabled(true);
        rebuild();
        if (success)
            m_summary->setText(tr("Compared with %1: differences are shown under each file.").arg(m_model->profile().server.host));
    });
    connect(m_model, &ProfileModel::changed, this, [this] {
        m_diffs.clear(); // compared with the old values: no longer true
        if (isVisible())
            rebuild();
    });
}

void PreviewPage::initializePage()
{
    m_diffs.clear();
    rebuild();
}

void PreviewPage::compareWithServer()
{
    if (m_flow->isRunning() || !Validation::validate(m_model->profile()).isEmpty() || !OperationController::unsupported(m_model->profile()).isEmpty())
        return;
    m_compare->setEnabled(false);
    m_diffs.clear();
    m_comparedPaths.clear();
    // Which files the plan writes depends on the server (its init system): the
    // operation looks first when the facts are not known yet.
    m_flow->start(std::make_shared<CompareFilesOperation>());
}

void PreviewPage::rebuild()
{
    const int current = m_tabs->currentIndex();
    while (m_tabs->count() > 0) {
        QWidget *tab = m_tabs->widget(0);
        m_tabs->removeTab(0);
        tab->deleteLater();
    }
    const FieldIssues issues = Validation::validate(m_model->profile());
    if (!issues.isEmpty()) {
        QStringList lines;
        for (const auto &issue : issues)
            lines << QStringLiteral("%1: %2").arg(issue.field, issue.message);
        m_summary->setText(tr("Nothing can be generated until these are fixed:\n%1").arg(lines.join(QLatin1Char('\n'))));
        return;
    }
    if (const QString refusal = OperationController::unsupported(m_model->profile()); !refusal.isEmpty()) {
        m_summary->setText(refusal);
        return;
    }
    const RenderedFiles files = Generators::renderAll(m_model->profile(), m_model->facts());
    m_summary->setText(tr("Files: %1, for %2.").arg(files.size()).arg(m_model->profile().web.domain));
    for (const RenderedFile &file : files)
        m_tabs->addTab(fileTab(file), file.title);
    if (current >= 0 && current < m_tabs->count())
        m_tabs->setCurrentIndex(current);
}

QWidget *PreviewPage::fileTab(const RenderedFile &file)
{
    auto *tab = new QWidget;
    tab->setObjectName(file.id);
    auto *layout = new QVBoxLayout(tab);
    auto *header = new QHBoxLayout;
    const QString mode = QString::number(file.mode, 8).rightJustified(4, QLatin1Char('0'));
    const QString where = file.kind == RenderedFile::Kind::Command ? tr("Runs on the server as root.")
                          : file.kind == RenderedFile::Kind::ClusterFile
                              ? tr("%1 in the folder of the running PostgreSQL cluster (/etc/postgresql/<version>/main) — owner %2:%3, mode %4")
                                    .arg(file.remotePath, file.owner, file.group, mode)
                              : tr("%1 — owner %2:%3, mode %4").arg(file.remotePath, file.owner, file.group, mode);
    auto *path = new QLabel(where, tab);
    path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *copy = new QPushButton(tr("Copy"), tab);
    copy->setObjectName(QStringLiteral("copy"));
    auto *saveAs = new QPushButton(tr("Save as…"), tab);
    saveAs->setObjectName(QStringLiteral("saveAs"));
    header->addWidget(path, 1);
    header->addWidget(copy);
    header->addWidget(saveAs);
    layout->addLayout(header);

    auto *text = new QPlainTextEdit(tab);
    text->setObjectName(QStringLiteral("content"));
    text->setReadOnly(true);
    text->setLineWrapMode(QPlainTextEdit::NoWrap);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    text->setPlainText(file.content);
    layout->addWidget(text, 1);
    if (m_diffs.contains(file.remotePath)) {
        auto *diffLabel = new QLabel(tr("Differences from the file on the server (\"-\" there now, \"+\" after the deployment):"), tab);
        auto *diff = new QPlainTextEdit(tab);
        diff->setObjectName(QStringLiteral("serverDiff"));
        diff->setReadOnly(true);
        diff->setLineWrapMode(QPlainTextEdit::NoWrap);
        diff->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        diff->setPlainText(m_diffs.value(file.remotePath));
        layout->addWidget(diffLabel);
        layout->addWidget(diff, 1);
    }

    const QString content = file.content;
    const QString suggested = file.kind == RenderedFile::Kind::Command ? file.id : file.remotePath.section(QLatin1Char('/'), -1);
    connect(copy, &QPushButton::clicked, this, [content] { QApplication::clipboard()->setText(content); });
    connect(saveAs, &QPushButton::clicked, this, [this, content, suggested] {
        FileDialogs::instance().askSavePath(this, tr("Save file"), tr("All files (*)"), suggested, [this, content](const QString &target) {
            if (target.isEmpty())
                return;
            QSaveFile out(target);
            const QByteArray bytes = content.toUtf8();
            if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
                m_summary->setText(tr("Could not save %1: %2").arg(target, out.errorString()));
            else
                m_summary->setText(tr("Saved %1.").arg(target));
        });
    });
    return tab;
}

} // namespace odoodeploy
