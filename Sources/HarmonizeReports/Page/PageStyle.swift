/// The page's CSS and the SVG shapes every matrix cell refers to, defined once.
///
/// Colours are the Okabe–Ito palette (safe for colour-blind readers); every mark also differs
/// by shape, so a grey-scale print or a washed-out projector still shows it.
enum PageStyle {
  static let blue = "#0072B2"
  static let vermillion = "#D55E00"
  static let orange = "#E69F00"
  static let green = "#009E73"
  static let purple = "#CC79A7"
  static let sky = "#56B4E9"

  static let css = """
    :root{color:#000;background:#fff}
    body{font:18px/1.35 system-ui,sans-serif;margin:1em 2em;max-width:none}
    h1{font-size:1.8em;margin:.2em 0}h2{font-size:1.4em;margin:1.2em 0 .3em}
    .src{font-size:.85em;color:#333;margin:.2em 0 .6em}
    .sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);\
    white-space:nowrap}
    .defs{position:absolute;width:0;height:0}
    .top{display:flex;gap:2em;align-items:flex-start;flex-wrap:wrap}
    .scroll{overflow:auto;max-width:100%}
    table{border-collapse:collapse}
    th,td{border:1px solid #999;padding:2px 4px}
    .matrix td{padding:1px;text-align:center}
    .matrix thead th.grp{writing-mode:vertical-rl;transform:rotate(180deg);\
    font-weight:normal;white-space:nowrap;padding:4px 2px}
    .matrix th.pil{font-size:.85em}
    .matrix th.pil:nth-child(odd),.matrix td.p1{background:#f0f0f0}
    .matrix td.chg{background:#fff0b3;outline:2px solid #000;outline-offset:-2px}
    .matrix tbody th{text-align:left;white-space:nowrap}
    .matrix .num{text-align:right;white-space:nowrap;padding:1px 6px}
    .matrix tfoot td{font-weight:bold}
    svg.c{width:22px;height:22px;vertical-align:middle}
    svg.c2{width:52px;height:22px;vertical-align:middle}
    .lists{min-width:16em;max-width:30em}.lists li{margin:.2em 0}
    .legend{display:flex;flex-wrap:wrap;gap:.3em 1.4em;font-size:.9em;margin:.4em 0}
    .legend svg{width:22px;height:22px;vertical-align:middle}
    .chairs td{vertical-align:top;min-width:7em}
    .chairs .lead{font-weight:bold}.chairs .ho{border-left:5px double #000}
    .chairs .other{font-size:.85em}.chairs .empty{font-style:italic}
    a{color:#00447a}
    @media print{
    @page{size:A3 landscape;margin:10mm}
    body{font-size:11pt;margin:0}.scroll{overflow:visible}
    section{break-inside:avoid-page}a{color:#000;text-decoration:none}}
    """

  /// Shapes in 20 × 20 boxes (change marks 8 × 20): levels, seats, and changes.
  static let defs = """
    <svg class="defs" aria-hidden="true" focusable="false"><defs>\
    <g id="la"><circle cx="10" cy="10" r="6" fill="\(blue)"/></g>\
    <g id="lt"><circle cx="10" cy="10" r="5" fill="none" stroke="\(blue)" stroke-width="2.5"/>\
    </g>\
    <g id="li"><circle cx="10" cy="10" r="2.5" fill="#444"/></g>\
    <g id="sf"><rect x="1.5" y="1.5" width="17" height="17" fill="none" \
    stroke="\(vermillion)" stroke-width="2.5"/></g>\
    <g id="sv"><path d="M10 .8 19.2 10 10 19.2 .8 10Z" fill="none" stroke="\(orange)" \
    stroke-width="2"/></g>\
    <g id="st"><path d="M0 0H9L0 9Z" fill="\(purple)"/></g>\
    <g id="cj"><path d="M4 5V15M0 10H8" stroke="\(green)" stroke-width="2.5"/></g>\
    <g id="cp"><path d="M0 14 4 5 8 14Z" fill="\(green)"/></g>\
    <g id="cd"><path d="M0 6 4 15 8 6Z" fill="\(vermillion)"/></g>\
    <g id="cl"><path d="M.5 6.5 7.5 13.5M7.5 6.5.5 13.5" stroke="\(vermillion)" \
    stroke-width="2.5"/></g>\
    <g id="ck"><path d="M1 8H7M1 12H7" stroke="#666" stroke-width="1.5"/></g>\
    </defs></svg>
    """

  /// The shape id of a level.
  static func levelShape(_ level: String) -> String {
    switch level {
    case "active": "la"
    case "attending": "lt"
    default: "li"
    }
  }

  /// The shape id of a seat role.
  static func seatShape(_ role: String) -> String {
    switch role {
    case "focal": "sf"
    case "vice": "sv"
    default: "st"
    }
  }

  /// The shape id of a change.
  static func changeShape(_ change: MatrixCell.Change) -> String {
    switch change {
    case .kept: "ck"
    case .joined: "cj"
    case .left: "cl"
    case .promoted: "cp"
    case .demoted: "cd"
    }
  }

  /// How a seat role is named on the page.
  static func seatName(_ role: String) -> String {
    switch role {
    case "focal": "lead"
    case "vice": "vice"
    default: "troika"
    }
  }
}
