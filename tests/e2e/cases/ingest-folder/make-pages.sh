#!/bin/sh
# Writes saved/: 50 pages as a browser saves them from a WordPress blog that blocks robots:
# 46 posts of one comment page each, one thread saved as its three comment pages, and one page
# saved without any address (broken: ingest cannot tell where it came from). A browser's
# post-01_files/ folder beside post-01.html holds an embedded frame that is not a page.
set -eu
mkdir -p saved/thread saved/post-01_files
page() {  # page FILE CANONICAL TITLE CLAIMED COMMENTS_HTML
  {
    printf '<!DOCTYPE html>\n<html lang="id-ID">\n<head>\n<meta charset="UTF-8">\n'
    printf '<title>%s</title>\n' "$3"
    [ -n "$2" ] && printf '<link rel="canonical" href="%s">\n' "$2"
    printf '</head>\n<body class="post-template-default single single-post">\n'
    printf '<article class="post type-post"><h1 class="entry-title">%s</h1></article>\n' "$3"
    printf '<div id="comments" class="comments-area">\n'
    printf '<h2 class="comments-title">%s tanggapan untuk &ldquo;%s&rdquo;</h2>\n' "$4" "$3"
    printf '<ol class="comment-list">\n%s</ol>\n</div>\n</body>\n</html>\n' "$5"
  } >"$1"
}
comment() {  # comment ID AUTHOR ISO TEXT
  printf '<li id="comment-%s" class="comment depth-1"><article id="div-comment-%s" class="comment-body">' "$1" "$1"
  printf '<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">%s</b></div>' "$2"
  printf '<div class="comment-metadata"><a href="#comment-%s"><time datetime="%s">%s</time></a></div></footer>' "$1" "$3" "$3"
  printf '<div class="comment-content"><p>%s</p></div></article></li>\n' "$4"
}
n=1
while [ $n -le 46 ]; do
  nn=$(printf '%02d' $n)
  c=$(comment "${nn}1" "Pembaca $nn" "2023-07-2${n#${n%?}}T09:00:00+07:00" "Tulisan nomor $nn bagus, terima kasih sudah berbagi.")
  c="$c$(comment "${nn}2" "Tetangga $nn" "2023-07-21T1${n#${n%?}}:30:00+07:00" "Saya kurang setuju dengan bagian akhirnya, datanya kurang lengkap.")"
  page "saved/post-$nn.html" "https://kebunkita.example/2023/07/catatan-$nn/" "Catatan Kebun $nn" 2 "$c"
  n=$((n + 1))
done
printf '<!DOCTYPE html><html><body><p>iklan</p></body></html>\n' >saved/post-01_files/frame.html
base=https://kebunkita.example/2023/07/panen-raya/
page saved/thread/panen-raya.html "$base" "Panen Raya" 6 \
  "$(comment 901 Lastri 2023-07-22T08:00:00+07:00 'Panennya melimpah, senang sekali lihat fotonya.')$(comment 902 Joko 2023-07-22T08:30:00+07:00 'Harga gabahnya berapa sekarang?')"
page saved/thread/panen-raya-2.html "${base}comment-page-2/#comments" "Panen Raya" 6 \
  "$(comment 903 Ratih 2023-07-22T09:00:00+07:00 'Semoga tahun depan sama bagusnya.')$(comment 904 Udin 2023-07-22T09:30:00+07:00 'Hama wereng di desa kami parah, gagal panen.')"
page saved/thread/panen-raya-3.html "${base}comment-page-3/#comments" "Panen Raya" 6 \
  "$(comment 905 Lastri 2023-07-22T10:00:00+07:00 'Ikut prihatin, semoga cepat pulih.')$(comment 906 Asih 2023-07-22T10:30:00+07:00 'Mantap, pupuk organiknya beli di mana?')"
page saved/tanpa-alamat.html "" "Tanpa Alamat" 1 "$(comment 999 Anon 2023-07-22T11:00:00+07:00 'Halaman ini disimpan tanpa alamat.')"
