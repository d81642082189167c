// GNU readline for Swift: the headers, and small functions around readline's global variables.
//
// Swift 6 rejects reading or writing mutable C globals (they are shared mutable state), so the
// chat sets and reads readline's globals only through these functions, always on the thread
// that calls readline().

#ifndef CREADLINE_SHIM_H
#define CREADLINE_SHIM_H

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <readline/history.h>
#include <readline/readline.h>

// MARK: Set-up

/// Names the application for `$if assistant` in inputrc files, and stops readline from
/// rewriting LINES and COLUMNS in the environment when the window is resized.
static inline void creadline_set_application(void) {
  rl_readline_name = "assistant";
  rl_change_environment = 0;
}

/// Whether readline installs its own handlers for SIGINT, SIGTERM, SIGTSTP and the like while
/// it reads, and for SIGWINCH (to follow the window's size).
static inline void creadline_set_catch_signals(int catches, int catches_window_changes) {
  rl_catch_signals = catches;
  rl_catch_sigwinch = catches_window_changes;
}

/// Reads each input character in place of `rl_getc`, which it should call; NULL for `rl_getc`.
static inline void creadline_set_getc_function(rl_getc_func_t *getc) {
  rl_getc_function = getc ? getc : rl_getc;
}

// MARK: Completion

/// Completion over the whole line instead of its last word: a term may replace several typed
/// words (`chu ky` becomes `chữ ký số`), which readline can only do when the "word" it
/// replaces starts at the beginning of the line. Matches keep the order they are given in.
static inline void creadline_set_completion(
    rl_completion_func_t *attempt, rl_compdisp_func_t *display) {
  rl_attempted_completion_function = attempt;
  rl_completion_display_matches_hook = display;
  rl_completer_word_break_characters = "";
  rl_completer_quote_characters = NULL;
  rl_sort_completion_matches = 0;
  rl_completion_append_character = ' ';
  // One Tab both fills in what the matches share and lists them, so `chu ky` shows
  // `chữ ký số` at once. An inputrc file read later can turn it off.
  rl_variable_bind("show-all-if-ambiguous", "on");
}

/// Stops readline from falling back to file-name completion after the application's function.
static inline void creadline_set_attempted_completion_over(int over) {
  rl_attempted_completion_over = over;
}

/// Writes `text` where readline writes the line being edited.
static inline void creadline_write(const char *text) {
  FILE *stream = rl_outstream ? rl_outstream : stdout;
  fputs(text, stream);
  fflush(stream);
}

// MARK: History

/// The newest history entry, or NULL when the history is empty.
static inline const char *creadline_newest_history_line(void) {
  HIST_ENTRY *entry = history_get(history_base + history_length - 1);
  return entry ? entry->line : NULL;
}

// MARK: Signals
//
// SIGINT, SIGTSTP, SIGTERM and SIGHUP are only noted by the handler, which also writes a byte to a
// pipe, so that a wait for a key that also waits on the pipe wakes up whenever one arrives,
// however close to the start of the wait. The application acts on them outside the handler.
//
// The state is `static`: every Swift file that calls these functions gets its own copy of it,
// so only one file (LineEditor.swift) may call them.

static volatile sig_atomic_t creadline_interrupts = 0;
static volatile sig_atomic_t creadline_stops = 0;
static volatile sig_atomic_t creadline_termination = 0;
static int creadline_wakeup[2] = {-1, -1};

static void creadline_note_signal(int signal_number) {
  int saved_errno = errno;
  if (signal_number == SIGINT) {
    creadline_interrupts = 1;
  } else if (signal_number == SIGTSTP) {
    creadline_stops = 1;
  } else {
    creadline_termination = signal_number;
  }
  if (creadline_wakeup[1] >= 0) {
    ssize_t written = write(creadline_wakeup[1], "!", 1);
    (void)written;
  }
  errno = saved_errno;
}

/// Makes the wake-up pipe and installs the handler for SIGINT, SIGTSTP, SIGTERM and SIGHUP; 0,
/// or -1 with errno set.
static inline int creadline_install_signal_handlers(void) {
  if (creadline_wakeup[0] < 0) {
    if (pipe(creadline_wakeup) != 0) return -1;
    for (int end = 0; end < 2; end++) {
      fcntl(creadline_wakeup[end], F_SETFD, FD_CLOEXEC);
      fcntl(creadline_wakeup[end], F_SETFL, fcntl(creadline_wakeup[end], F_GETFL) | O_NONBLOCK);
    }
  }
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_handler = creadline_note_signal;
  sigemptyset(&action.sa_mask);
  action.sa_flags = SA_RESTART;
  if (sigaction(SIGINT, &action, NULL) != 0) return -1;
  if (sigaction(SIGTERM, &action, NULL) != 0) return -1;
  if (sigaction(SIGHUP, &action, NULL) != 0) return -1;
  if (sigaction(SIGTSTP, &action, NULL) != 0) return -1;
  return 0;
}

/// If Ctrl-Z (SIGTSTP) was noted: stops the process as SIGTSTP would have, and returns 1 once
/// it is continued, with the handler back in place; else returns 0 at once. The caller puts
/// the terminal back as the shell expects before, and in editing mode after.
static inline int creadline_stop_if_asked(void (*before)(void), void (*after)(void)) {
  if (!creadline_stops) return 0;
  creadline_stops = 0;
  before();
  struct sigaction action, noting;
  memset(&action, 0, sizeof action);
  action.sa_handler = SIG_DFL;
  sigemptyset(&action.sa_mask);
  sigaction(SIGTSTP, &action, &noting);
  raise(SIGTSTP);
  sigaction(SIGTSTP, &noting, NULL);
  after();
  return 1;
}

/// The end of the wake-up pipe to wait on; it is readable after any of the signals.
static inline int creadline_wakeup_descriptor(void) {
  return creadline_wakeup[0];
}

/// Empties the wake-up pipe.
static inline void creadline_drain_wakeups(void) {
  char bytes[64];
  while (creadline_wakeup[0] >= 0 && read(creadline_wakeup[0], bytes, sizeof bytes) > 0) {
  }
}

/// Whether a Ctrl-C should first end a command that reads keys of its own (a history search, a
/// numeric argument, a key sequence, a completion question) with an abort key: true once for
/// each Ctrl-C, which stays noted (for `creadline_take_interrupt`).
static inline int creadline_take_interrupt_for_command(void) {
  unsigned long commands = RL_STATE_ISEARCH | RL_STATE_NSEARCH | RL_STATE_NUMERICARG |
                           RL_STATE_MULTIKEY | RL_STATE_METANEXT | RL_STATE_MOREINPUT;
  if (creadline_interrupts == 1 && RL_ISSTATE(commands)) {
    creadline_interrupts = 2;
    return 1;
  }
  return 0;
}

/// Whether SIGINT arrived since the last call; clears the note.
static inline int creadline_take_interrupt(void) {
  int interrupted = creadline_interrupts;
  creadline_interrupts = 0;
  return interrupted;
}

/// Whether a signal is noted and not yet acted on.
static inline int creadline_signal_noted(void) {
  return creadline_interrupts != 0 || creadline_stops != 0 || creadline_termination != 0;
}

/// The terminating signal (SIGTERM or SIGHUP) that arrived, or 0.
static inline int creadline_termination_signal(void) {
  return creadline_termination;
}

#endif
