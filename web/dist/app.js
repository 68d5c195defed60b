var Ie=globalThis,Ae=Ie.trustedTypes,We=Ae?Ae.createPolicy("lit-html",{createHTML:t=>t}):void 0,qe="$lit$",X=`lit$${Math.random().toFixed(9).slice(2)}$`,Ye="?"+X,St=`<${Ye}>`,re=document,ce=()=>re.createComment(""),ue=t=>t===null||typeof t!="object"&&typeof t!="function",Ne=Array.isArray,_t=t=>Ne(t)||typeof t?.[Symbol.iterator]=="function",xe=`[ 	
\f\r]`,de=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,Ue=/-->/g,Ve=/>/g,te=RegExp(`>|${xe}(?:([^\\s"'>=/]+)(${xe}*=${xe}*(?:[^ 	
\f\r"'\`<>=]|("|')|))|$)`,"g"),Je=/'/g,Ke=/"/g,Xe=/^(?:script|style|textarea|title)$/i,Oe=t=>(e,...n)=>({_$litType$:t,strings:e,values:n}),u=Oe(1),Bt=Oe(2),Lt=Oe(3),pe=Symbol.for("lit-noChange"),h=Symbol.for("lit-nothing"),Ze=new WeakMap,ne=re.createTreeWalker(re,129);function Qe(t,e){if(!Ne(t)||!t.hasOwnProperty("raw"))throw Error("invalid template strings array");return We!==void 0?We.createHTML(e):e}var Ct=(t,e)=>{let n=t.length-1,r=[],s,o=e===2?"<svg>":e===3?"<math>":"",l=de;for(let a=0;a<n;a++){let c=t[a],p,f,g=-1,T=0;for(;T<c.length&&(l.lastIndex=T,f=l.exec(c),f!==null);)T=l.lastIndex,l===de?f[1]==="!--"?l=Ue:f[1]!==void 0?l=Ve:f[2]!==void 0?(Xe.test(f[2])&&(s=RegExp("</"+f[2],"g")),l=te):f[3]!==void 0&&(l=te):l===te?f[0]===">"?(l=s??de,g=-1):f[1]===void 0?g=-2:(g=l.lastIndex-f[2].length,p=f[1],l=f[3]===void 0?te:f[3]==='"'?Ke:Je):l===Ke||l===Je?l=te:l===Ue||l===Ve?l=de:(l=te,s=void 0);let x=l===te&&t[a+1].startsWith("/>")?" ":"";o+=l===de?c+St:g>=0?(r.push(p),c.slice(0,g)+qe+c.slice(g)+X+x):c+X+(g===-2?a:x)}return[Qe(t,o+(t[n]||"<?>")+(e===2?"</svg>":e===3?"</math>":"")),r]},me=class t{constructor({strings:e,_$litType$:n},r){let s;this.parts=[];let o=0,l=0,a=e.length-1,c=this.parts,[p,f]=Ct(e,n);if(this.el=t.createElement(p,r),ne.currentNode=this.el.content,n===2||n===3){let g=this.el.content.firstChild;g.replaceWith(...g.childNodes)}for(;(s=ne.nextNode())!==null&&c.length<a;){if(s.nodeType===1){if(s.hasAttributes())for(let g of s.getAttributeNames())if(g.endsWith(qe)){let T=f[l++],x=s.getAttribute(g).split(X),E=/([.?@])?(.*)/.exec(T);c.push({type:1,index:o,name:E[2],strings:x,ctor:E[1]==="."?_e:E[1]==="?"?Ce:E[1]==="@"?Me:ie}),s.removeAttribute(g)}else g.startsWith(X)&&(c.push({type:6,index:o}),s.removeAttribute(g));if(Xe.test(s.tagName)){let g=s.textContent.split(X),T=g.length-1;if(T>0){s.textContent=Ae?Ae.emptyScript:"";for(let x=0;x<T;x++)s.append(g[x],ce()),ne.nextNode(),c.push({type:2,index:++o});s.append(g[T],ce())}}}else if(s.nodeType===8)if(s.data===Ye)c.push({type:2,index:o});else{let g=-1;for(;(g=s.data.indexOf(X,g+1))!==-1;)c.push({type:7,index:o}),g+=X.length-1}o++}}static createElement(e,n){let r=re.createElement("template");return r.innerHTML=e,r}};function se(t,e,n=t,r){if(e===pe)return e;let s=r!==void 0?n._$Co?.[r]:n._$Cl,o=ue(e)?void 0:e._$litDirective$;return s?.constructor!==o&&(s?._$AO?.(!1),o===void 0?s=void 0:(s=new o(t),s._$AT(t,n,r)),r!==void 0?(n._$Co??=[])[r]=s:n._$Cl=s),s!==void 0&&(e=se(t,s._$AS(t,e.values),s,r)),e}var Se=class{constructor(e,n){this._$AV=[],this._$AN=void 0,this._$AD=e,this._$AM=n}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(e){let{el:{content:n},parts:r}=this._$AD,s=(e?.creationScope??re).importNode(n,!0);ne.currentNode=s;let o=ne.nextNode(),l=0,a=0,c=r[0];for(;c!==void 0;){if(l===c.index){let p;c.type===2?p=new fe(o,o.nextSibling,this,e):c.type===1?p=new c.ctor(o,c.name,c.strings,this,e):c.type===6&&(p=new Ee(o,this,e)),this._$AV.push(p),c=r[++a]}l!==c?.index&&(o=ne.nextNode(),l++)}return ne.currentNode=re,s}p(e){let n=0;for(let r of this._$AV)r!==void 0&&(r.strings!==void 0?(r._$AI(e,r,n),n+=r.strings.length-2):r._$AI(e[n])),n++}},fe=class t{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(e,n,r,s){this.type=2,this._$AH=h,this._$AN=void 0,this._$AA=e,this._$AB=n,this._$AM=r,this.options=s,this._$Cv=s?.isConnected??!0}get parentNode(){let e=this._$AA.parentNode,n=this._$AM;return n!==void 0&&e?.nodeType===11&&(e=n.parentNode),e}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(e,n=this){e=se(this,e,n),ue(e)?e===h||e==null||e===""?(this._$AH!==h&&this._$AR(),this._$AH=h):e!==this._$AH&&e!==pe&&this._(e):e._$litType$!==void 0?this.$(e):e.nodeType!==void 0?this.T(e):_t(e)?this.k(e):this._(e)}O(e){return this._$AA.parentNode.insertBefore(e,this._$AB)}T(e){this._$AH!==e&&(this._$AR(),this._$AH=this.O(e))}_(e){this._$AH!==h&&ue(this._$AH)?this._$AA.nextSibling.data=e:this.T(re.createTextNode(e)),this._$AH=e}$(e){let{values:n,_$litType$:r}=e,s=typeof r=="number"?this._$AC(e):(r.el===void 0&&(r.el=me.createElement(Qe(r.h,r.h[0]),this.options)),r);if(this._$AH?._$AD===s)this._$AH.p(n);else{let o=new Se(s,this),l=o.u(this.options);o.p(n),this.T(l),this._$AH=o}}_$AC(e){let n=Ze.get(e.strings);return n===void 0&&Ze.set(e.strings,n=new me(e)),n}k(e){Ne(this._$AH)||(this._$AH=[],this._$AR());let n=this._$AH,r,s=0;for(let o of e)s===n.length?n.push(r=new t(this.O(ce()),this.O(ce()),this,this.options)):r=n[s],r._$AI(o),s++;s<n.length&&(this._$AR(r&&r._$AB.nextSibling,s),n.length=s)}_$AR(e=this._$AA.nextSibling,n){for(this._$AP?.(!1,!0,n);e!==this._$AB;){let r=e.nextSibling;e.remove(),e=r}}setConnected(e){this._$AM===void 0&&(this._$Cv=e,this._$AP?.(e))}},ie=class{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(e,n,r,s,o){this.type=1,this._$AH=h,this._$AN=void 0,this.element=e,this.name=n,this._$AM=s,this.options=o,r.length>2||r[0]!==""||r[1]!==""?(this._$AH=Array(r.length-1).fill(new String),this.strings=r):this._$AH=h}_$AI(e,n=this,r,s){let o=this.strings,l=!1;if(o===void 0)e=se(this,e,n,0),l=!ue(e)||e!==this._$AH&&e!==pe,l&&(this._$AH=e);else{let a=e,c,p;for(e=o[0],c=0;c<o.length-1;c++)p=se(this,a[r+c],n,c),p===pe&&(p=this._$AH[c]),l||=!ue(p)||p!==this._$AH[c],p===h?e=h:e!==h&&(e+=(p??"")+o[c+1]),this._$AH[c]=p}l&&!s&&this.j(e)}j(e){e===h?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,e??"")}},_e=class extends ie{constructor(){super(...arguments),this.type=3}j(e){this.element[this.name]=e===h?void 0:e}},Ce=class extends ie{constructor(){super(...arguments),this.type=4}j(e){this.element.toggleAttribute(this.name,!!e&&e!==h)}},Me=class extends ie{constructor(e,n,r,s,o){super(e,n,r,s,o),this.type=5}_$AI(e,n=this){if((e=se(this,e,n,0)??h)===pe)return;let r=this._$AH,s=e===h&&r!==h||e.capture!==r.capture||e.once!==r.once||e.passive!==r.passive,o=e!==h&&(r===h||s);s&&this.element.removeEventListener(this.name,this,r),o&&this.element.addEventListener(this.name,this,e),this._$AH=e}handleEvent(e){typeof this._$AH=="function"?this._$AH.call(this.options?.host??this.element,e):this._$AH.handleEvent(e)}},Ee=class{constructor(e,n,r){this.element=e,this.type=6,this._$AN=void 0,this._$AM=n,this.options=r}get _$AU(){return this._$AM._$AU}_$AI(e){se(this,e)}};var Mt=Ie.litHtmlPolyfillSupport;Mt?.(me,fe),(Ie.litHtmlVersions??=[]).push("3.3.1");var P=(t,e,n)=>{let r=n?.renderBefore??e,s=r._$litPart$;if(s===void 0){let o=n?.renderBefore??null;r._$litPart$=s=new fe(e.insertBefore(ce(),o),o,void 0,n??{})}return s._$AI(t),s};var Et="planner_lang";function W(){return/(?:^|;\s*)planner_lang=en(?:;|$)/.test(document.cookie)?"en":"da"}function et(t){document.cookie=`${Et}=${t}; path=/; max-age=31536000; samesite=strict`,document.documentElement.lang=t}function M(t){return(e,n)=>{let r=t[e],s=r?r[W()==="en"?1:0]||r[0]:e;if(n)for(let[o,l]of Object.entries(n))s=s.replaceAll(`{${o}}`,String(l));return s}}function De(){return W()==="en"?"en-GB":"da-DK"}var D=class extends Error{constructor(n,r,s,o,l,a=""){super(s||r);this.status=n;this.title=r;this.detail=s;this.fields=o;this.type=l;this.code=a}reason(n){return this.fields.find(r=>r.field===n)?.reason??""}},tt="";function nt(t){tt=t}async function Fe(t,e,n){let r={Accept:"application/json"};n!==void 0&&(r["Content-Type"]="application/json"),t!=="GET"&&t!=="HEAD"&&(r["X-CSRF-Token"]=tt);let s=await fetch(e,{method:t,headers:r,body:n===void 0?void 0:JSON.stringify(n),credentials:"same-origin"});if(s.status===401)throw window.location.assign(`/login?next=${encodeURIComponent(location.pathname+location.search)}`),new D(401,"Not signed in","",[],"/problems/unauthenticated");if(!s.ok)throw await It(s);if(s.status!==204)return await s.json()}async function It(t){let e={};try{e=await t.json()}catch{}let n=W()==="da",r=n&&e.title_da||e.title||t.statusText,s=n&&e.detail_da||e.detail||"",o=e.field?[{field:e.field,reason:s}]:[];return new D(t.status,r,s,o,e.type??"",e.code??"")}var C=t=>Fe("GET",t),ae=(t,e)=>Fe("POST",t,e),rt=(t,e)=>Fe("PUT",t,e);function ot(t){let e=new URLSearchParams;for(let[r,s]of Object.entries(t))s==null||s===""||Array.isArray(s)&&s.length===0||e.set(r,Array.isArray(s)?s.join(","):String(s));let n=e.toString();return n?`?${n}`:""}var Te=class{constructor(e,n,r,s,o){this.routes=e;this.me=n;this.main=r;this.notFound=s;this.onChange=o;window.addEventListener("popstate",()=>void this.show(!1)),document.addEventListener("click",l=>this.intercept(l))}current;navigate(e,n=!1){n?history.replaceState(null,"",e):history.pushState(null,"",e),this.show(!0)}async show(e){this.current?.abort();let n=new AbortController;this.current=n;let{route:r,params:s}=this.match(location.pathname),o=document.createElement("div");o.className="planner-screen";let l={me:this.me,main:o,params:s,query:new URLSearchParams(location.search),signal:n.signal,navigate:(a,c)=>this.navigate(a,c),every:(a,c)=>{let p=window.setInterval(()=>{!n.signal.aborted&&document.visibilityState==="visible"&&c()},a);n.signal.addEventListener("abort",()=>window.clearInterval(p))}};if(this.main.replaceChildren(o),document.title=`${r.title()} — Planner`,this.onChange(location.pathname),await r.render(l),e&&!n.signal.aborted){let a=this.main.querySelector("h1");a&&(a.setAttribute("tabindex","-1"),a.focus())}}match(e){for(let n of this.routes){let r=n.path.split("/"),s=e.replace(/\/+$/,"").split("/");if(n.path==="/"&&(e==="/"||e===""))return{route:this.allowed(n),params:{}};if(r.length!==s.length)continue;let o={};if(r.every((l,a)=>l.startsWith(":")?(o[l.slice(1)]=decodeURIComponent(s[a]),s[a]!==""):l===s[a]))return{route:this.allowed(n),params:o}}return{route:this.notFound,params:{}}}allowed(e){return!e.roles||e.roles.includes(this.me.role)?e:this.notFound}intercept(e){if(e.defaultPrevented||e.button!==0||e.metaKey||e.ctrlKey||e.shiftKey||e.altKey)return;let n=e.target?.closest?.("a");!n||n.target||n.hasAttribute("download")||n.origin!==location.origin||n.pathname.startsWith("/api/")||n.pathname.startsWith("/borger/")||n.pathname==="/login"||(e.preventDefault(),this.navigate(n.pathname+n.search))}};var st=M({"error.heading":["Der opstod en fejl","Something went wrong"],"error.network":["Planner svarer ikke. Prøv igen om lidt.","Planner does not answer. Try again shortly."],"dialog.ok":["OK","OK"],"dialog.cancel":["Annuller","Cancel"],"dialog.close":["Luk","Close"]}),ge="Europe/Copenhagen";function Nt(t){return t instanceof D?t.detail?t.detail:t.title:t instanceof TypeError?st("error.network"):String(t)}function U(t){return t?u`<div class="alert alert-error" role="alert">
    <div class="alert-body">
      <p class="alert-heading">${t instanceof D?t.title:st("error.heading")}</p>
      <p class="alert-text">${Nt(t)}</p>
    </div>
  </div>`:h}function it(t){return t?u`<div class="alert alert-success" role="status"><div class="alert-body"><p class="alert-text">${t}</p></div></div>`:h}function at(t,e,n){if(!(t instanceof D))return h;let r=t.reason(e);return r?u`<span class="form-error-message" id="${n}-error">${r}</span>`:h}function V(t){let e=document.getElementById("announce");e&&(e.textContent="",window.setTimeout(()=>e.textContent=t,50))}function Pe(t){if(!t)return"";let e=typeof t=="string"&&/^\d{4}-\d{2}-\d{2}$/.test(t)?new Date(`${t}T12:00:00Z`):new Date(t);return new Intl.DateTimeFormat(De(),{day:"numeric",month:"short",year:"numeric",timeZone:ge}).format(e)}function he(t){return new Intl.DateTimeFormat(De(),{hour:"2-digit",minute:"2-digit",timeZone:ge}).format(new Date(t))}function Z(t){return t?`${Pe(t)} ${he(t)}`:""}function lt(t){return new Intl.DateTimeFormat("sv-SE",{timeZone:ge}).format(t)}var B=M({title:["Forside","Front page"],absent:["Fraværende lige nu","Absent right now"],noneAbsent:["Ingen vejledere er fraværende lige nu.","No advisor is absent right now."],counts:["Status","Status"],notSent:["Indkaldelser, der ikke er sendt til Jobnet","Summonses not sent to Jobnet"],withAbsent:["Indkaldelser i kalenderen hos en fraværende vejleder","Summonses in the calendar of an absent advisor"],deadline:["Indkaldelser med overskredet afholdelsesfrist","Summonses whose holding deadline is exceeded"],pending:["Afventerlisten","Pending list"],pendingCount:["{n} afventende møder fra i dag","{n} pending meetings from today"],updated:["Opdateret {time}","Updated {time}"],toCalendar:["Se i kalenderen","See in the calendar"]}),dt={path:"/",title:()=>B("title"),async render(t){let e=[],n=(s,o)=>{let l=(s?.frontPage.absentNow??[]).map(a=>e.find(c=>c.id===a)?.name??`#${a}`);P(u`<h1>${B("title")}</h1>
          ${U(o)}
          ${s?u`<div class="row">
                  <section class="col-12 col-md-6" aria-labelledby="absent-h">
                    <h2 id="absent-h">${B("absent")}</h2>
                    ${l.length===0?u`<p>${B("noneAbsent")}</p>`:u`<ul class="planner-absent">
                          ${l.map(a=>u`<li>${a}</li>`)}
                        </ul>`}
                  </section>
                  <section class="col-12 col-md-6" aria-labelledby="counts-h">
                    <h2 id="counts-h">${B("counts")}</h2>
                    <dl class="planner-counts">
                      <div><dt>${B("notSent")}</dt><dd data-count="notSent">${s.frontPage.notSent}</dd></div>
                      <div><dt>${B("withAbsent")}</dt><dd data-count="withAbsentAdvisor">${s.frontPage.withAbsentAdvisor}</dd></div>
                      <div><dt>${B("deadline")}</dt><dd data-count="deadlineExceeded">${s.frontPage.deadlineExceeded}</dd></div>
                    </dl>
                    <p><a href="/afventer">${B("pending")}</a>: <span data-count="pendingCounter">${B("pendingCount",{n:s.pendingCounter})}</span></p>
                  </section>
                </div>
                <p class="form-hint">${B("updated",{time:he(s.at)})}</p>`:""}`,t.main)},r=async()=>{try{let[s,o]=await Promise.all([C("/api/advisors"),C("/api/front-page")]);e=s.advisors,n(o)}catch(s){n(void 0,s)}};await r(),t.every(1e4,r)}};var $e=t=>t?W()==="en"?t.en:t.da:"",je=M({individual:["Individuelt møde","Individual meeting"],group:["Fællesmøde","Group meeting"],digital:["Digitalt","Digital"],in_person:["Personlig kontakt","In person"],phone:["Telefon","Phone"],advisor_calls:["Vejleder ringer til borger","The advisor calls the citizen"],citizen_calls:["Borger ringer til vejleder","The citizen calls the advisor"]}),L=t=>t==="individual"||t==="group"?je(t):t,j=t=>t==="digital"||t==="in_person"||t==="phone"?je(t):t,oe=t=>t==="advisor_calls"||t==="citizen_calls"?je(t):"";async function we(){let[t,e,n]=await Promise.all([C("/api/teams"),C("/api/advisors"),C("/api/rooms")]);return{teams:t.teams,advisors:e.advisors,rooms:n.rooms}}var q=(t,e)=>t.find(n=>n.id===e)?.name??"";function Q(t){if(!t)return"";let[e,n,r]=t.split("-");return`${r}-${n}-${e}`}function He(t){let e=new Intl.DateTimeFormat("sv-SE",{timeZone:ge,year:"numeric",month:"2-digit",day:"2-digit",hour:"2-digit",minute:"2-digit",hourCycle:"h23"}).format(new Date(t)),[n,r]=e.split(" ");return[n,r]}function ct(t,e){let[n,r,s]=t.split("-").map(Number),[o,l]=e.split(":").map(Number),a=Date.UTC(n,r-1,s,o,l),c=a;for(let p=0;p<3;p++){let[f,g]=He(new Date(c).toISOString()),[T,x,E]=f.split("-").map(Number),[d,i]=g.split(":").map(Number);c+=a-Date.UTC(T,x-1,E,d,i)}return new Date(c).toISOString().replace(".000Z","Z")}var v=M({title:["Onlinetilbud","Online offer"],back:["Tilbage til oversigten","Back to the list"],download:["Hent deltagerliste","Download participant list"],deactivate:["Deaktiver tilbud","Deactivate offer"],activate:["Aktiver tilbud","Activate offer"],edit:["Rediger online tilbud","Edit online offer"],details:["Detaljer","Details"],meetingType:["Samtaletype","Meeting type"],variant:["Samtaletypevariant","Variant"],form:["Mødeform","Meeting form"],channel:["Afholdelsesform","Channel"],caller:["Kontaktansvarlig","Who calls"],opensOn:["Første dato tilbuddet kan bookes","First date the offer can be booked"],firstMeeting:["Første mødedato","First meeting date"],fixedEnd:["Fast slutdato","Fixed end date"],duration:["Varighed","Duration"],minutes:["{n} minutter","{n} minutes"],description:["Beskrivelse","Description"],team:["Team","Team"],advisors:["Vejledere","Advisors"],status:["Status","Status"],active:["Aktiv","Active"],inactive:["Inaktiv","Inactive"],changed:["Sidst ændret","Last changed"],changedBy:["{at} af {by}","{at} by {by}"],weeks:["Ledige tider for tilbuddet","Free times of the offer"],week:["Uge","Week"],free:["Ledige pladser","Free places"],noWeeks:["Tilbuddet har ingen ledige tider.","The offer has no free times."],updated:["Opdateret {time}","Updated {time}"],booked:["Tilmeldte borgere","Booked citizens"],search:["Søg på navn eller CPR-nummer","Search by name or CPR number"],searchBtn:["Søg","Search"],clear:["Vis alle","Show all"],cpr:["CPR","CPR"],name:["Navn","Name"],contactGroup:["Kontaktgruppe","Contact group"],age:["Alder","Age"],deadline:["Frist for afholdelse","Holding deadline"],when:["Dato og klokkeslæt","Date and time"],noBooked:["Ingen borgere har booket tilbuddet.","No citizen has booked the offer."],noMatch:["Ingen tilmeldte borgere passer til søgningen.","No booked citizen matches the search."],found:["{n} tilmeldte borgere","{n} booked citizens"],nowActive:["Tilbuddet er aktiveret og vises på Jobnet.","The offer is activated and shown on Jobnet."],nowInactive:["Tilbuddet er deaktiveret og vises ikke længere på Jobnet.","The offer is deactivated and no longer shown on Jobnet."],sessions:["Fællesmøder","Group sessions"]}),ut={path:"/tilbud/:id",title:()=>v("title"),async render(t){let e=Number(t.params.id),n,r=[],s="",o="",l={teams:[],advisors:[],rooms:[]},a,c="",p=new Date,f=(d,i)=>u`<div><dt>${d}</dt><dd>${i||"–"}</dd></div>`,g=()=>{let d=n?.offer;P(u`<p><a class="back-link" href="/tilbud">${v("back")}</a></p>
          <h1>${d?.name??v("title")}</h1>
          ${U(a)} ${it(c)}
          ${d?u`<div class="planner-buttons planner-offer-actions">
                  <a class="button button-secondary" href="/api/offers/${e}/participants.xlsx" download="deltagere-${e}.xlsx">${v("download")}</a>
                  <button class="button button-secondary" type="button" @click=${E}>${d.active?v("deactivate"):v("activate")}</button>
                  <a class="button button-primary" href="/tilbud/${e}/rediger">${v("edit")}</a>
                </div>
                <div class="row">
                  <section class="col-12 col-lg-7" aria-labelledby="details-h">
                    <h2 id="details-h">${v("details")}</h2>
                    <dl class="planner-details">
                      ${f(v("meetingType"),d.meetingType)} ${f(v("variant"),d.variant)} ${f(v("form"),L(d.form))}
                      ${f(v("channel"),j(d.channel))} ${d.caller?f(v("caller"),oe(d.caller)+(d.phone?` (${d.phone})`:"")):h}
                      ${f(v("opensOn"),Q(d.opensOn))} ${d.form==="individual"?f(v("firstMeeting"),Q(d.firstMeetingDate)):h}
                      ${f(v("fixedEnd"),Q(d.fixedEnd))} ${f(v("duration"),v("minutes",{n:d.durationMinutes}))}
                      ${f(v("team"),q(l.teams,d.teamId))} ${f(v("advisors"),d.advisors.map(i=>q(l.advisors,i)).join(", "))}
                      ${d.form==="group"?f(v("sessions"),u`<ul class="planner-plain-list">${(d.sessions??[]).map(i=>u`<li>${Z(i.start)}</li>`)}</ul>`):h}
                      ${f(v("description"),u`<span class="planner-pre">${d.description}</span>`)}
                      ${f(v("status"),u`<span data-status>${d.active?v("active"):v("inactive")}</span>`)}
                      ${f(v("changed"),d.changedBy?v("changedBy",{at:Z(d.changedAt),by:d.changedBy}):Z(d.changedAt))}
                    </dl>
                  </section>
                  <section class="col-12 col-lg-5" aria-labelledby="weeks-h">
                    <h2 id="weeks-h">${v("weeks")}</h2>
                    ${n.weeks.length===0?u`<p>${v("noWeeks")}</p>`:u`<table class="table table--compact planner-weeks">
                          <thead><tr><th scope="col">${v("week")}</th><th scope="col" class="text-align-right">${v("free")}</th></tr></thead>
                          <tbody>
                            ${n.weeks.map(i=>u`<tr data-week=${`${i.year}-W${i.week}`}><th scope="row">${i.week} (${i.year})</th><td class="text-align-right">${i.count}</td></tr>`)}
                          </tbody>
                        </table>`}
                    <p class="form-hint">${v("updated",{time:he(p)})}</p>
                  </section>
                </div>
                <section aria-labelledby="booked-h">
                  <h2 id="booked-h">${v("booked")}</h2>
                  <form class="planner-search" role="search" @submit=${i=>{i.preventDefault(),x(!0)}}>
                    <div class="form-group">
                      <label class="form-label" for="booked-search">${v("search")}</label>
                      <input class="form-input" id="booked-search" type="search" autocomplete="off" .value=${s} @input=${i=>s=i.target.value} />
                    </div>
                    <button class="button button-secondary" type="submit">${v("searchBtn")}</button>
                    ${o?u`<button class="button button-tertiary" type="button" @click=${()=>{s="",x(!0)}}>${v("clear")}</button>`:h}
                  </form>
                  <div class="table--responsive-scroll">
                    <table class="table table--compact planner-booked">
                      <caption class="sr-only">${v("found",{n:r.length})}</caption>
                      <thead>
                        <tr>
                          <th scope="col">${v("cpr")}</th><th scope="col">${v("name")}</th><th scope="col">${v("contactGroup")}</th>
                          <th scope="col">${v("age")}</th><th scope="col">${v("deadline")}</th><th scope="col">${v("when")}</th>
                        </tr>
                      </thead>
                      <tbody>
                        ${r.length===0?u`<tr><td colspan="6">${v(o?"noMatch":"noBooked")}</td></tr>`:r.map(i=>u`<tr>
                                <td>${i.cpr}</td><th scope="row">${i.name}</th><td>${i.contactGroup??""}</td><td>${i.age}</td>
                                <td>${Pe(i.holdingDeadline)}</td><td>${Z(i.start)}</td>
                              </tr>`)}
                      </tbody>
                    </table>
                  </div>
                </section>`:h}`,t.main)},T=async()=>{try{n=await C(`/api/offers/${e}/page`),p=new Date,a=void 0}catch(d){a=d}},x=async(d=!1)=>{try{r=(await ae(`/api/offers/${e}/participants`,{search:s.trim()})).participants,o=s.trim()}catch(i){a=i}t.signal.aborted||(g(),d&&V(v("found",{n:r.length})))};async function E(){if(!n)return;let d=!n.offer.active;try{await ae(`/api/offers/${e}/${d?"activate":"deactivate"}`),c=v(d?"nowActive":"nowInactive"),await T()}catch(i){a=i,c=""}g(),V(c)}try{l=await we()}catch(d){a=d}await T(),n?await x():g(),t.every(1e4,async()=>{await T(),n&&await x()})}};var w=M({title:["Onlinetilbud","Online offers"],create:["Opret onlinetilbud","Create online offer"],filter:["Filtrer visning","Filter"],name:["Søg på navn","Search by name"],team:["Team","Team"],meetingType:["Samtaletype","Meeting type"],form:["Mødeform","Meeting form"],channel:["Afholdelsesform","Channel"],contactGroup:["Online tilbuddets målgruppe (kontaktgruppe)","Target group (contact group)"],choose:["Vælg her","Choose"],search:["Søg","Search"],reset:["Nulstil","Reset"],status:["Vis","Show"],active:["Aktive","Active"],inactive:["Inaktive","Inactive"],colName:["Navn","Name"],colType:["Samtaletype","Meeting type"],colForm:["Mødeform","Meeting form"],colChannel:["Afholdelsesform","Channel"],colChanged:["Sidst ændret","Last changed"],colActive:["Aktiv","Active"],yes:["Ja","Yes"],no:["Nej","No"],none:["Ingen onlinetilbud passer til filtreringen.","No online offer matches the filter."],count:["{n} onlinetilbud","{n} online offers"],sortBy:["Sorter efter {col}","Sort by {col}"],caption:["Onlinetilbud, sorteret efter {col} ({dir})","Online offers, sorted by {col} ({dir})"],asc:["stigende","ascending"],desc:["faldende","descending"]}),pt=()=>({name:"",teamId:"",meetingType:"",form:"",channel:"",contactGroup:"",active:"true"}),mt={path:"/tilbud",title:()=>w("title"),async render(t){let e=pt(),n={col:"name",desc:!1},r=[],s=[],o=[],l=[],a,c=(d,i)=>{switch(i){case"form":return L(d.form);case"channel":return j(d.channel);case"active":return d.active?"1":"0";case"changedAt":return d.changedAt??"";default:return String(d[i]??"")}},p=()=>[...r].sort((d,i)=>{let y=c(d,n.col).localeCompare(c(i,n.col),"da")||d.name.localeCompare(i.name,"da");return n.desc?-y:y}),f={name:()=>w("colName"),meetingType:()=>w("colType"),form:()=>w("colForm"),channel:()=>w("colChannel"),changedAt:()=>w("colChanged"),active:()=>w("colActive")},g=d=>{let i=n.col===d;return u`<th scope="col" aria-sort=${i?n.desc?"descending":"ascending":"none"}>
        <button class="button button-unstyled planner-sort" type="button" data-sort=${d} @click=${()=>{n=i?{col:d,desc:!n.desc}:{col:d,desc:!1},x(),V(w("caption",{col:f[d](),dir:n.desc?w("desc"):w("asc")}))}}>${f[d]()}<span class="planner-sort-icon" aria-hidden="true">${i?n.desc?"▼":"▲":"⇅"}</span></button>
      </th>`},T=(d,i,y)=>u`<div class="form-group">
      <label class="form-label" for="filter-${d}">${i}</label>
      <select class="form-select" id="filter-${d}" .value=${e[d]} @change=${A=>e[d]=A.target.value}>
        <option value="">${w("choose")}</option>
        ${y.map(([A,S])=>u`<option value=${A} ?selected=${e[d]===A}>${S}</option>`)}
      </select>
    </div>`,x=()=>{let d=p();P(u`<div class="planner-offers-head">
            <h1>${w("title")}</h1>
            <a class="button button-primary" href="/tilbud/ny">${w("create")}</a>
          </div>
          ${U(a)}
          <div class="row">
            <form class="col-12 col-lg-3 planner-offer-filter" aria-labelledby="filter-h" @submit=${i=>{i.preventDefault(),E(!0)}}>
              <h2 id="filter-h" class="h3">${w("filter")}</h2>
              <div class="form-group">
                <label class="form-label" for="filter-name">${w("name")}</label>
                <input class="form-input" id="filter-name" type="search" .value=${e.name} @input=${i=>e.name=i.target.value} />
              </div>
              ${T("teamId",w("team"),s.map(i=>[String(i.id),i.name]))}
              ${T("meetingType",w("meetingType"),o.map(i=>[i,i]))}
              ${T("form",w("form"),["individual","group"].map(i=>[i,L(i)]))}
              ${T("channel",w("channel"),["digital","in_person","phone"].map(i=>[i,j(i)]))}
              ${T("contactGroup",w("contactGroup"),l.map(i=>[i,i]))}
              <div class="planner-buttons">
                <button class="button button-primary" type="submit">${w("search")}</button>
                <button class="button button-secondary" type="button" @click=${()=>{e=pt(),E(!0)}}>${w("reset")}</button>
              </div>
            </form>
            <section class="col-12 col-lg-9" aria-labelledby="list-h">
              <h2 id="list-h" class="sr-only">${w("count",{n:d.length})}</h2>
              <fieldset class="planner-inline-radios">
                <legend class="form-label">${w("status")}</legend>
                ${["true","false"].map(i=>u`<div class="form-group-radio">
                    <input type="radio" class="form-radio" name="offer-active" id="offer-active-${i}" value=${i} .checked=${e.active===i} @change=${()=>{e.active=i,E(!0)}} />
                    <label class="form-label" for="offer-active-${i}">${w(i==="true"?"active":"inactive")}</label>
                  </div>`)}
              </fieldset>
              <p class="form-hint" data-count>${w("count",{n:d.length})}</p>
              <div class="table--responsive-scroll">
                <table class="table table--compact planner-offer-table">
                  <caption class="sr-only">${w("caption",{col:f[n.col](),dir:n.desc?w("desc"):w("asc")})}</caption>
                  <thead>
                    <tr>${g("name")}${g("meetingType")}${g("form")}${g("channel")}${g("changedAt")}${g("active")}</tr>
                  </thead>
                  <tbody>
                    ${d.length===0?u`<tr><td colspan="6">${w("none")}</td></tr>`:d.map(i=>u`<tr data-offer=${String(i.id)}>
                            <th scope="row"><a href="/tilbud/${i.id}">${i.name}</a></th>
                            <td>${i.meetingType}</td>
                            <td>${L(i.form)}</td>
                            <td>${j(i.channel)}</td>
                            <td>${Z(i.changedAt)}</td>
                            <td>${i.active?w("yes"):w("no")}</td>
                          </tr>`)}
                  </tbody>
                </table>
              </div>
            </section>
          </div>`,t.main)},E=async(d=!1)=>{try{r=(await C("/api/offers"+ot({active:e.active,name:e.name.trim(),teamId:e.teamId,meetingType:e.meetingType,form:e.form,channel:e.channel,contactGroup:e.contactGroup}))).offers,a=void 0}catch(i){a=i}t.signal.aborted||(x(),d&&V(w("count",{n:r.length})))};try{let[d,i,y]=await Promise.all([C("/api/teams"),C("/api/offers"),C("/api/rule-types")]);s=d.teams,o=[...new Set(i.offers.map(A=>A.meetingType))].sort((A,S)=>A.localeCompare(S,"da")),l=y.types.find(A=>A.type==="contact_group")?.values.map(A=>A.value)??[]}catch(d){a=d}await E()}};var R=M({intro:["Regelmotoren afgrænser, hvilke borgere der kan selvbooke tilbuddet. Der skal være mindst 1 og højst {max} regler.","The rule engine limits which citizens can book the offer themselves. There must be at least 1 and at most {max} rules."],group:["Regelgruppe {n}","Rule group {n}"],join:["Forbindes med gruppen før med","Joined to the group before by"],and:["Og","And"],or:["Eller","Or"],match:["Borgeren skal opfylde","The citizen must match"],all:["Alle af følgende","All of the following"],any:["En af følgende","Any of the following"],rule:["Regel {n}","Rule {n}"],type:["Regeltype","Rule type"],cond:["Betingelse","Condition"],value:["Kriterium","Criterion"],choose:["Vælg her","Choose"],noValues:["Jobcentret har ingen værdier af denne type","The job centre has no values of this type"],addRule:["Tilføj regel","Add rule"],removeRule:["Fjern regel {r} i gruppe {g}","Remove rule {r} of group {g}"],addGroup:["Tilføj regelgruppe","Add rule group"],removeGroup:["Fjern regelgruppe {g}","Remove rule group {g}"],count:["{n} af højst {max} regler","{n} of at most {max} rules"],sentence:["Reglerne læst som en sætning","The rules as a sentence"],checking:["Reglerne kontrolleres …","Checking the rules …"],incomplete:["Sætningen vises, når reglerne er udfyldt korrekt.","The sentence shows once the rules are filled in correctly."],contradictions:["Reglerne modsiger hinanden","The rules contradict each other"],never:["Ingen borger kan opfylde reglerne, så tilbuddet vil ikke blive vist for nogen.","No citizen can match the rules, so the offer would be shown to no one."],some:["En del af reglerne kan aldrig opfyldes:","Part of the rules can never be matched:"],where:["gruppe {g}, regel {r}","group {g}, rule {r}"]});function ve(t){let e=t.types[0];return{type:e?.type??"age",cond:e?.conds[0]?.value??"",value:""}}function ft(t,e,n,r,s){let o=t.reduce((d,i)=>d+i.rules.length,0),l=o>=e.maxRules,a=d=>e.types.find(i=>i.type===d.type),c=(d,i,y)=>`rules.groups[${d}].rules[${i}].${y}`,p=(d,i,y,A,S,J=!1)=>u`<div class="form-group ${r.invalid(d)?"form-error":""}">
    <label class="form-label" for=${r.id(d)}>${i}</label>
    ${r.error(d)}
    <select class="form-select" id=${r.id(d)} aria-invalid=${r.invalid(d)?"true":"false"} aria-describedby=${r.invalid(d)?`${r.id(d)}-error`:h}
      @change=${ee=>{S(ee.target.value),s()}}>
      ${J?u`<option value="" ?selected=${y===""}>${R("choose")}</option>`:h}
      ${A.map(ee=>u`<option value=${ee.value} ?selected=${ee.value===y}>${$e(ee.name)}</option>`)}
    </select>
  </div>`,f=(d,i,y)=>{let A=a(y),S=c(d,i,"value");return A?.criterion==="list"?A.values.length===0?u`<div class="form-group"><p class="form-label">${R("value")}</p><p class="form-hint">${R("noValues")}</p></div>`:p(S,R("value"),y.value,A.values,J=>y.value=J,!0):u`<div class="form-group ${r.invalid(S)?"form-error":""}">
      <label class="form-label" for=${r.id(S)}>${R("value")}</label>
      ${r.error(S)}
      <input class="form-input ${A?.criterion==="number"?"input-width-xs":""}" id=${r.id(S)} type=${A?.criterion==="number"?"number":"text"}
        inputmode=${A?.criterion==="number"?"numeric":h} .value=${y.value}
        aria-invalid=${r.invalid(S)?"true":"false"} aria-describedby=${r.invalid(S)?`${r.id(S)}-error`:h}
        @input=${J=>{y.value=J.target.value,s()}} />
    </div>`},g=(d,i,y,A)=>u`<li class="planner-rule" data-rule=${`${i}.${A}`}>
    <fieldset>
      <legend class="sr-only">${R("group",{n:i+1})}, ${R("rule",{n:A+1})}</legend>
      ${p(c(i,A,"type"),R("type"),y.type,e.types.map(S=>({value:S.type,name:S.name})),S=>{y.type=S;let J=a(y);y.cond=J?.conds[0]?.value??"",y.value=""})}
      ${p(c(i,A,"cond"),R("cond"),y.cond,a(y)?.conds??[],S=>y.cond=S)}
      ${f(i,A,y)}
      <button class="button button-tertiary planner-remove" type="button" ?disabled=${o<=1}
        aria-label=${R("removeRule",{r:A+1,g:i+1})} @click=${()=>{d.rules.splice(A,1),d.rules.length===0&&t.splice(i,1),s()}}>−</button>
    </fieldset>
  </li>`,T=(d,i)=>u`<fieldset class="planner-rule-group" data-group=${String(i)}>
    <legend class="h4">${R("group",{n:i+1})}</legend>
    ${r.error(`rules.groups[${i}].rules`)}
    <div class="planner-rule-head">
      ${i>0?p(`rules.groups[${i}].join`,R("join"),d.join??"and",[{value:"and",name:{da:"Og",en:"And"}},{value:"or",name:{da:"Eller",en:"Or"}}],y=>d.join=y):h}
      ${p(`rules.groups[${i}].match`,R("match"),d.match,[{value:"all",name:{da:R("all"),en:R("all")}},{value:"any",name:{da:R("any"),en:R("any")}}],y=>d.match=y)}
    </div>
    <ol class="planner-rules">
      ${d.rules.map((y,A)=>g(d,i,y,A))}
    </ol>
    <div class="planner-buttons">
      <button class="button button-secondary" type="button" ?disabled=${l} @click=${()=>{d.rules.push(ve(e)),s()}}>${R("addRule")}<span class="sr-only"> (${R("group",{n:i+1})})</span></button>
      ${t.length>1?u`<button class="button button-tertiary" type="button" @click=${()=>{t.splice(i,1),t[0]&&delete t[0].join,s()}}>${R("removeGroup",{g:i+1})}</button>`:h}
    </div>
  </fieldset>`,x=d=>{let i=/^groups\[(\d+)\]\.rules\[(\d+)\]$/.exec(d);return i?R("where",{g:Number(i[1])+1,r:Number(i[2])+1}):d},E=()=>{if(n.pending)return u`<p>${R("checking")}</p>`;if(!n.description)return u`<p class="form-hint">${R("incomplete")}</p>`;let d=n.contradictions??[];return u`<p class="planner-sentence" data-sentence>${$e(n.description)}</p>
      ${d.length>0?u`<div class="alert alert-warning" data-contradictions>
            <div class="alert-body">
              <p class="alert-heading">${R("contradictions")}</p>
              <p class="alert-text">${n.neverMatches?R("never"):R("some")}</p>
              <ul class="alert-text">
                ${d.map(i=>u`<li>${i.rules.map(x).join(", ")}: ${i.reason}</li>`)}
              </ul>
            </div>
          </div>`:h}`};return u`<p>${R("intro",{max:e.maxRules})}</p>
    ${r.error("rules.groups")}
    ${t.map(T)}
    <div class="planner-buttons">
      <button class="button button-secondary" type="button" ?disabled=${l} @click=${()=>{t.push({join:"and",match:"all",rules:[ve(e)]}),s()}}>${R("addGroup")}</button>
      <span class="form-hint" data-rule-count>${R("count",{n:o,max:e.maxRules})}</span>
    </div>
    <section class="planner-rules-live" aria-labelledby="sentence-h">
      <h3 id="sentence-h" class="h4">${R("sentence")}</h3>
      <div aria-live="polite">${E()}</div>
    </section>`}var $=M({details:["Detaljer","Details"],name:["Navn på tilbud","Name of the offer"],nameHint:["Vises for borgeren på Jobnet. Angiv fx målgruppe eller sagsbehandlers navn.","Shown to the citizen on Jobnet, e.g. with the target group or the advisor's name."],nameLocked:["Et fællesmødes navn kan ikke ændres.","The name of a group offer cannot change."],description:["Beskrivelse af tilbud","Description of the offer"],descHint:["Højst 500 tegn, uden formatering. {n} tegn skrevet.","At most 500 characters, no formatting. {n} characters written."],template:["Indkaldelseskabelon","Summons template"],templateHint:["En skabelon udfylder de næste felter; alle felter kan rettes bagefter.","A template fills in the next fields; every field can be changed afterwards."],noTemplate:["Ingen skabelon","No template"],meeting:["Samtaledetaljer","Meeting details"],meetingType:["Samtaletype","Meeting type"],variant:["Samtaletypevariant (valgfri)","Variant (optional)"],form:["Mødeform","Meeting form"],formLocked:["Mødeformen kan ikke ændres, når tilbuddet er oprettet.","The meeting form cannot change once the offer exists."],channel:["Afholdelsesform","Channel"],caller:["Kontaktansvarlig","Who calls"],phone:["Telefonnummer, borgeren ringer til","The number the citizen calls"],phoneHint:["Tomt: vejlederens nummer, ellers teamets.","Empty: the advisor's number, else the team's."],duration:["Møde varighed og start","Duration and start"],minutes:["Varighed (antal minutter)","Duration (minutes)"],reporting:["Afrapportering (antal minutter)","Reporting time (minutes)"],starts:["Mulige starttider for mødet (minuttal)","Possible start minutes"],startsHint:["Vælges fx 15 og 45, kan borgeren booke kl. 11:15, 11:45, 12:15 osv.","Choosing 15 and 45 lets the citizen book 11:15, 11:45, 12:15 and so on."],period:["Tilbudsperiode","Offer period"],firstMeeting:["Første mødedato","First meeting date"],fixedEnd:["Fast slutdato (valgfri)","Fixed end date (optional)"],rolling:["Løbende slutdato: tilbud åbent antal uger fra dags dato (valgfri, 0 = ingen)","Rolling end: weeks ahead from the day of booking (optional, 0 = none)"],opensOn:["Tilbud åbnes for booking","Opens for booking on"],resources:["Ressourcer","Resources"],team:["Team","Team"],choose:["Vælg her","Choose"],room:["Mødelokale (valgfrit)","Meeting room (optional)"],noRoom:["Intet lokale","No room"],advisors:["Vejledere","Advisors"],chooses:["Borgeren kan vælge vejleder til mødet","The citizen may choose the advisor"],otherActor:["Tilbud til borgere henvist til anden aktør","Offer for citizens referred to an other actor"],booking:["Booking og ombooking","Booking and rebooking"],acceptCancel:["Accepter afbud","Accept cancellation"],rebook:["Accepter ombooking","Accept rebooking"],no:["Nej","No"],yesUntil:["Ja – frem til et antal dage før samtaledato","Yes – until a number of days before the meeting"],days:["Antal dage før samtaledato","Days before the meeting"],sessions:["Fællesmøder","Group sessions"],session:["Møde {n}","Session {n}"],date:["Dato","Date"],time:["Tidspunkt","Time"],sessionRoom:["Mødelokale","Room"],offerRoom:["Tilbuddets lokale","The offer's room"],seats:["Antal pladser","Seats"],fromRoom:["Antal borgere pr. møde bestemmes af mødelokalets størrelse","The room's capacity gives the seats"],given:["Angiv antal indkaldelser pr. fællesmøde","Give the number of summonses per session"],seatCount:["Antal indkaldelser","Number of summonses"],rebookSeats:["Antal pladser til ombooking","Seats kept for rebooking"],addSession:["Tilføj møde","Add session"],removeSession:["Fjern møde {n}","Remove session {n}"],noSessions:["Ingen møder endnu.","No sessions yet."]}),le=t=>{let e=t.target.value;return e===""?0:Number(e)},Y=t=>t.target.value;function F(t,e,n,r,s,o={}){let l=t.id(e),a=[o.hint?`${l}-hint`:"",t.invalid(e)?`${l}-error`:""].filter(Boolean).join(" ");return u`<div class=${t.cls(e)}>
    <label class="form-label" for=${l}>${n}</label>
    ${o.hint?u`<span class="form-hint" id="${l}-hint">${o.hint}</span>`:h} ${t.error(e)}
    <input class="form-input ${o.cls??""}" id=${l} type=${o.type??"text"} .value=${String(r??"")} ?disabled=${o.disabled} list=${o.list??h}
      inputmode=${o.type==="number"?"numeric":h} aria-invalid=${t.invalid(e)?"true":"false"} aria-describedby=${a||h}
      @input=${c=>{s(c)}} />
  </div>`}function ye(t,e,n,r,s,o,l=!1,a=""){let c=t.id(e);return u`<div class=${t.cls(e)}>
    <fieldset aria-describedby=${[a?`${c}-hint`:"",t.invalid(e)?`${c}-error`:""].filter(Boolean).join(" ")||h}>
      <legend class="form-label">${n}</legend>
      ${a?u`<span class="form-hint" id="${c}-hint">${a}</span>`:h} ${t.error(e)}
      ${s.map(([p,f],g)=>u`<div class="form-group-radio">
          <input type="radio" class="form-radio" name=${c} id=${g===0?c:`${c}-${p}`} value=${p} .checked=${r===p} ?disabled=${l}
            @change=${()=>{o(p),t.redraw()}} />
          <label class="form-label" for=${g===0?c:`${c}-${p}`}>${f}</label>
        </div>`)}
    </fieldset>
  </div>`}function be(t,e,n,r,s,o=t.id(e)){return u`<div class="form-group-checkbox">
    <input type="checkbox" class="form-checkbox" id=${o} .checked=${r} @change=${l=>{s(l.target.checked),t.redraw()}} />
    <label class="form-label" for=${o}>${n}</label>
  </div>`}function gt(t,e,n,r,s,o){let l=t.id(e);return u`<div class=${t.cls(e)}>
    <fieldset aria-describedby=${t.described(e)}>
      <legend class="form-label">${n}</legend>
      ${t.error(e)}
      <div class="planner-checkbox-columns">
        ${s.map((a,c)=>be(t,e,a.name,r.includes(a.id),p=>o(p?[...r,a.id]:r.filter(f=>f!==a.id)),c===0?l:`${l}-${a.id}`))}
      </div>
    </fieldset>
  </div>`}function ht(t,e,n,r,s,o){let l=s&&t.form==="group";return u`<fieldset>
      <legend class="h3">${$("details")}</legend>
      ${F(e,"name",$("name"),t.name,a=>t.name=Y(a),{hint:$(l?"nameLocked":"nameHint"),disabled:l})}
      <div class=${e.cls("description")}>
        <label class="form-label" for=${e.id("description")}>${$("description")}</label>
        <span class="form-hint" id="${e.id("description")}-hint" data-chars>${$("descHint",{n:[...t.description].length})}</span>
        ${e.error("description")}
        <textarea class="form-input" id=${e.id("description")} rows="4" .value=${t.description}
          aria-invalid=${e.invalid("description")?"true":"false"}
          aria-describedby=${[`${e.id("description")}-hint`,e.invalid("description")?`${e.id("description")}-error`:""].filter(Boolean).join(" ")}
          @input=${a=>{t.description=a.target.value,e.redraw()}}></textarea>
      </div>
    </fieldset>
    ${n.length>0?u`<fieldset>
          <legend class="h3">${$("template")}</legend>
          <div class="form-group">
            <label class="form-label" for="f-template">${$("template")}</label>
            <span class="form-hint" id="f-template-hint">${$("templateHint")}</span>
            <select class="form-select" id="f-template" aria-describedby="f-template-hint" @change=${a=>{let c=Number(a.target.value);o(n.find(p=>p.id===c))}}>
              <option value="">${$("noTemplate")}</option>
              ${n.map(a=>u`<option value=${String(a.id)} ?selected=${t.templateId===a.id}>${a.name}</option>`)}
            </select>
          </div>
        </fieldset>`:h}
    <fieldset>
      <legend class="h3">${$("meeting")}</legend>
      ${F(e,"meetingType",$("meetingType"),t.meetingType,a=>t.meetingType=Y(a),{list:"meeting-types"})}
      <datalist id="meeting-types">${r.map(a=>u`<option value=${a}></option>`)}</datalist>
      ${F(e,"variant",$("variant"),t.variant??"",a=>t.variant=Y(a))}
      ${ye(e,"form",$("form"),t.form,[["individual",L("individual")],["group",L("group")]],a=>{t.form=a,t.form==="group"&&delete t.caller},s,s?$("formLocked"):"")}
      ${ye(e,"channel",$("channel"),t.channel,[["digital",j("digital")],["in_person",j("in_person")],["phone",j("phone")]],a=>{t.channel=a,t.channel==="phone"&&t.form==="individual"?t.caller??="advisor_calls":delete t.caller})}
      ${t.channel==="phone"&&t.form==="individual"?u`${ye(e,"caller",$("caller"),t.caller??"",[["advisor_calls",oe("advisor_calls")],["citizen_calls",oe("citizen_calls")]],a=>t.caller=a)}
          ${t.caller==="citizen_calls"?F(e,"phone",$("phone"),t.phone??"",a=>t.phone=Y(a),{type:"tel",hint:$("phoneHint"),cls:"input-width-s"}):h}`:h}
    </fieldset>`}function $t(t,e,n){let r=t.form==="individual",s=t.startMinutes??[];return u`<fieldset>
      <legend class="h3">${$("duration")}</legend>
      ${F(e,"durationMinutes",$("minutes"),t.durationMinutes,o=>t.durationMinutes=le(o),{type:"number",cls:"input-width-xs"})}
      ${F(e,"reportingMinutes",$("reporting"),t.reportingMinutes,o=>t.reportingMinutes=le(o),{type:"number",cls:"input-width-xs"})}
      ${r?u`<div class=${e.cls("startMinutes")}>
            <fieldset aria-describedby="${e.id("startMinutes")}-hint${e.invalid("startMinutes")?` ${e.id("startMinutes")}-error`:""}">
              <legend class="form-label">${$("starts")}</legend>
              <span class="form-hint" id="${e.id("startMinutes")}-hint">${$("startsHint")}</span>
              ${e.error("startMinutes")}
              <div class="planner-checkbox-columns">
                ${[0,15,20,30,40,45].map((o,l)=>be(e,"startMinutes",String(o).padStart(2,"0"),s.includes(o),a=>{t.startMinutes=a?[...s,o].sort((c,p)=>c-p):s.filter(c=>c!==o)},l===0?e.id("startMinutes"):`${e.id("startMinutes")}-${o}`))}
              </div>
            </fieldset>
          </div>`:h}
    </fieldset>
    <fieldset>
      <legend class="h3">${$("period")}</legend>
      ${r?F(e,"firstMeetingDate",$("firstMeeting"),t.firstMeetingDate,o=>t.firstMeetingDate=Y(o),{type:"date",cls:"input-width-s"}):h}
      ${F(e,"fixedEnd",$("fixedEnd"),t.fixedEnd,o=>t.fixedEnd=Y(o),{type:"date",cls:"input-width-s"})}
      ${F(e,"rollingWeeks",$("rolling"),t.rollingWeeks??0,o=>t.rollingWeeks=le(o),{type:"number",cls:"input-width-xs"})}
      ${F(e,"opensOn",$("opensOn"),t.opensOn,o=>t.opensOn=Y(o),{type:"date",cls:"input-width-s"})}
    </fieldset>
    <fieldset>
      <legend class="h3">${$("resources")}</legend>
      <div class=${e.cls("teamId")}>
        <label class="form-label" for=${e.id("teamId")}>${$("team")}</label>
        ${e.error("teamId")}
        <select class="form-select" id=${e.id("teamId")} aria-invalid=${e.invalid("teamId")?"true":"false"} aria-describedby=${e.described("teamId")}
          @change=${o=>t.teamId=Number(o.target.value)}>
          <option value="0">${$("choose")}</option>
          ${n.teams.map(o=>u`<option value=${String(o.id)} ?selected=${t.teamId===o.id}>${o.name}</option>`)}
        </select>
      </div>
      <div class=${e.cls("roomId")}>
        <label class="form-label" for=${e.id("roomId")}>${$("room")}</label>
        ${e.error("roomId")}
        <select class="form-select" id=${e.id("roomId")} @change=${o=>t.roomId=Number(o.target.value)||void 0}>
          <option value="0">${$("noRoom")}</option>
          ${n.rooms.map(o=>u`<option value=${String(o.id)} ?selected=${t.roomId===o.id}>${o.name} (${o.capacity})</option>`)}
        </select>
      </div>
      ${gt(e,"advisors",$("advisors"),t.advisors,n.advisors,o=>t.advisors=o)}
      ${r?be(e,"citizenChoosesAdvisor",$("chooses"),t.citizenChoosesAdvisor,o=>t.citizenChoosesAdvisor=o):h}
      ${be(e,"otherActor",$("otherActor"),t.otherActor,o=>t.otherActor=o)}
    </fieldset>
    ${r?h:Ot(t,e,n)}
    <fieldset>
      <legend class="h3">${$("booking")}</legend>
      ${be(e,"terms.acceptCancel",$("acceptCancel"),t.terms.acceptCancel,o=>t.terms.acceptCancel=o)}
      ${ye(e,"terms.acceptRebook",$("rebook"),t.terms.acceptRebook?"yes":"no",[["no",$("no")],["yes",$("yesUntil")]],o=>t.terms.acceptRebook=o==="yes")}
      ${t.terms.acceptRebook?F(e,"terms.rebookDaysBefore",$("days"),t.terms.rebookDaysBefore,o=>t.terms.rebookDaysBefore=le(o),{type:"number",cls:"input-width-xs"}):h}
    </fieldset>`}function Ot(t,e,n){let r=t.sessions??=[],s=(o,l)=>{let a=`sessions[${l}]`,[c,p]=o.start?He(o.start):["",""],f=(g,T)=>o.start=g&&T?ct(g,T):"";return u`<li class="planner-session">
      <fieldset>
        <legend class="h4">${$("session",{n:l+1})}</legend>
        <div class="planner-row">
          ${F(e,`${a}.start`,$("date"),c,g=>f(Y(g),p||"09:00"),{type:"date",cls:"input-width-s"})}
          ${F(e,`${a}.time`,$("time"),p,g=>f(c,Y(g)),{type:"time",cls:"input-width-xs"})}
        </div>
        ${gt(e,`${a}.advisors`,$("advisors"),o.advisors,n.advisors,g=>o.advisors=g)}
        <div class=${e.cls(`${a}.roomId`)}>
          <label class="form-label" for=${e.id(`${a}.roomId`)}>${$("sessionRoom")}</label>
          ${e.error(`${a}.roomId`)}
          <select class="form-select" id=${e.id(`${a}.roomId`)} aria-describedby=${e.described(`${a}.roomId`)} @change=${g=>o.roomId=Number(g.target.value)||void 0}>
            <option value="0">${$("offerRoom")}</option>
            ${n.rooms.map(g=>u`<option value=${String(g.id)} ?selected=${o.roomId===g.id}>${g.name} (${g.capacity})</option>`)}
          </select>
        </div>
        ${ye(e,`${a}.seatsFromRoom`,$("seats"),o.seatsFromRoom?"room":"given",[["room",$("fromRoom")],["given",$("given")]],g=>o.seatsFromRoom=g==="room")}
        ${o.seatsFromRoom?h:F(e,`${a}.seats`,$("seatCount"),o.seats??0,g=>o.seats=le(g),{type:"number",cls:"input-width-xs"})}
        ${F(e,`${a}.rebookSeats`,$("rebookSeats"),o.rebookSeats,g=>o.rebookSeats=le(g),{type:"number",cls:"input-width-xs"})}
        <button class="button button-tertiary" type="button" @click=${()=>{r.splice(l,1),e.redraw()}}>${$("removeSession",{n:l+1})}</button>
      </fieldset>
    </li>`};return u`<fieldset>
    <legend class="h3">${$("sessions")}</legend>
    ${e.error("sessions")}
    ${r.length===0?u`<p id=${e.id("sessions")} tabindex="-1">${$("noSessions")}</p>`:h}
    <ol class="planner-sessions">${r.map(s)}</ol>
    <button class="button button-secondary" type="button" @click=${()=>{r.push({start:"",advisors:[...t.advisors],seatsFromRoom:!1,seats:10,rebookSeats:0}),e.redraw()}}>${$("addSession")}</button>
  </fieldset>`}var k=M({intro:["Du kan stadig ændre dine valg ved at gå tilbage til et af de foregående trin.","You can still change your choices by going back to one of the previous steps."],s1:["Tilbudstype","Offer type"],s2:["Tid","Time"],s3:["Deltagere","Participants"],change:["Ret {step}","Change {step}"],name:["Titel","Title"],description:["Beskrivelse","Description"],meetingType:["Samtaletype","Meeting type"],variant:["Samtaletypevariant","Variant"],form:["Mødeform","Meeting form"],channel:["Afholdelsesform","Channel"],caller:["Kontaktansvarlig","Who calls"],duration:["Varighed","Duration"],reporting:["Afrapportering","Reporting time"],minutes:["{n} minutter","{n} minutes"],starts:["Mulige starttider","Start minutes"],firstMeeting:["Første mødedato","First meeting date"],fixedEnd:["Fast slutdato","Fixed end date"],rolling:["Løbende slutdato","Rolling end"],weeks:["{n} uger fra dags dato","{n} weeks from the day of booking"],opensOn:["Første dato tilbuddet kan bookes","First date the offer can be booked"],team:["Team","Team"],room:["Mødelokale","Meeting room"],advisors:["Vejledere","Advisors"],chooses:["Borgeren kan vælge vejleder","The citizen may choose the advisor"],otherActor:["Til borgere henvist til anden aktør","For citizens referred to an other actor"],cancel:["Accepter afbud","Accept cancellation"],rebook:["Accepter ombooking","Accept rebooking"],rebookUntil:["Ja, frem til {n} dage før samtaledato","Yes, until {n} days before the meeting"],sessions:["Fællesmøder","Group sessions"],seatsRoom:["pladser efter lokalets størrelse","seats from the room's capacity"],seatsN:["{n} pladser","{n} seats"],rebookSeats:["{n} til ombooking","{n} for rebooking"],rules:["Regler","Rules"],ruleCount:["Antal regler","Number of rules"],contradictions:["Reglerne modsiger hinanden delvist – se trin 3.","The rules partly contradict each other – see step 3."],yes:["Ja","Yes"],no:["Nej","No"]}),_=(t,e)=>u`<div><dt>${t}</dt><dd>${e===""||e===void 0||e===null?"–":e}</dd></div>`;function vt(t,e,n,r,s){let o=p=>k(p?"yes":"no"),l=(p,f)=>u`<section class="planner-summary-part" aria-labelledby="sum-${p}">
    <div class="planner-summary-head">
      <h3 id="sum-${p}">${k(`s${p}`)}</h3>
      <button class="button button-tertiary" type="button" @click=${()=>s(p)}>${k("change",{step:k(`s${p}`).toLowerCase()})}</button>
    </div>
    <dl class="planner-details">${f}</dl>
  </section>`,a=t.form==="individual",c=t.rules.groups.reduce((p,f)=>p+f.rules.length,0);return u`<p>${k("intro")}</p>
    ${l(1,u`${_(k("name"),t.name)} ${_(k("description"),u`<span class="planner-pre">${t.description}</span>`)}
      ${_(k("meetingType"),t.meetingType)} ${_(k("variant"),t.variant)} ${_(k("form"),L(t.form))} ${_(k("channel"),j(t.channel))}
      ${t.caller?_(k("caller"),oe(t.caller)+(t.caller==="citizen_calls"&&t.phone?` (${t.phone})`:"")):h}`)}
    ${l(2,u`${_(k("duration"),k("minutes",{n:t.durationMinutes}))} ${_(k("reporting"),k("minutes",{n:t.reportingMinutes}))}
      ${a?_(k("starts"),(t.startMinutes??[]).map(p=>String(p).padStart(2,"0")).join(", ")):h}
      ${a?_(k("firstMeeting"),Q(t.firstMeetingDate)):h} ${_(k("fixedEnd"),Q(t.fixedEnd))}
      ${_(k("rolling"),t.rollingWeeks?k("weeks",{n:t.rollingWeeks}):"")} ${_(k("opensOn"),Q(t.opensOn))}
      ${_(k("team"),q(e.teams,t.teamId))} ${_(k("room"),q(e.rooms,t.roomId))}
      ${_(k("advisors"),t.advisors.map(p=>q(e.advisors,p)).join(", "))}
      ${a?_(k("chooses"),o(t.citizenChoosesAdvisor)):h} ${_(k("otherActor"),o(t.otherActor))}
      ${a?h:_(k("sessions"),u`<ul class="planner-plain-list">
            ${(t.sessions??[]).map(p=>u`<li>${Z(p.start)}: ${p.advisors.map(f=>q(e.advisors,f)).join(", ")}${p.roomId?`, ${q(e.rooms,p.roomId)}`:""};
                ${p.seatsFromRoom?k("seatsRoom"):k("seatsN",{n:p.seats??0})}, ${k("rebookSeats",{n:p.rebookSeats})}</li>`)}
          </ul>`)}
      ${_(k("cancel"),o(t.terms.acceptCancel))} ${_(k("rebook"),t.terms.acceptRebook?k("rebookUntil",{n:t.terms.rebookDaysBefore}):k("no"))}`)}
    ${l(3,u`${_(k("rules"),u`<span data-summary-sentence>${$e(r.description)}</span>`)} ${_(k("ruleCount"),c)}
      ${r.contradictions?.length?_("",u`<span class="planner-warning-text">${k("contradictions")}</span>`):h}`)}`}var I=M({create:["Opret onlinetilbud","Create online offer"],edit:["Rediger onlinetilbud","Edit online offer"],steps:["Trin","Steps"],stepOf:["Trin {n} af {total}","Step {n} of {total}"],s1:["Tilbudstype","Offer type"],s2:["Tid","Time"],s3:["Deltagere","Participants"],s4:["Opsummering","Summary"],done:["gennemført","completed"],failed:["fejl","error"],back:["Tilbage","Back"],next:["Næste","Next"],save:["Gem tilbud","Save offer"],cancel:["Annuller","Cancel"],errors:["Der er fejl i trin {n}: {step}","There is an error in step {n}: {step}"],saved:["Tilbuddet er gemt.","The offer is saved."]}),bt=t=>/^(name|description|templateId|meetingType|variant|form|channel|caller|phone)\b/.test(t)?1:t.startsWith("rules")?3:2;function Dt(t){let e=lt(new Date);return{name:"",description:"",meetingType:"",variant:"",form:"individual",channel:"in_person",durationMinutes:30,reportingMinutes:0,startMinutes:[0,30],firstMeetingDate:e,fixedEnd:"",rollingWeeks:0,opensOn:e,teamId:0,advisors:[],citizenChoosesAdvisor:!1,otherActor:!1,terms:{acceptCancel:!0,acceptRebook:!1,rebookDaysBefore:0},sessions:[],rules:{groups:[{match:"all",rules:[ve(t)]}]},active:!0}}function Be(t){let e=structuredClone(t);e.form==="group"?(delete e.startMinutes,e.citizenChoosesAdvisor=!1):delete e.sessions,e.form==="individual"&&e.channel==="phone"||delete e.caller,e.caller||delete e.caller,e.caller!=="citizen_calls"&&delete e.phone,e.roomId||delete e.roomId,e.templateId||delete e.templateId,e.terms.acceptRebook||(e.terms.rebookDaysBefore=0);for(let n of["durationMinutes","reportingMinutes","rollingWeeks"])Number.isFinite(e[n])||(e[n]=0);return e.rules.groups.forEach((n,r)=>r===0?delete n.join:n.join??="and"),e}async function yt(t,e){let n={teams:[],advisors:[],rooms:[]},r={types:[],maxRules:30},s=[],o=[],l,a,c=1,p=1,f,g=0,T=!1,x={pending:!1},E=0,d=0,i=m=>{if(!(f instanceof D)||f.fields.length===0)return"";let b=f.fields[0].field;return b===m||new RegExp(`^${m.replace(/[.[\]]/g,"\\$&")}\\[\\d+\\]$`).test(b)?b:""},y={id:m=>"f-"+m.replace(/[^A-Za-z0-9]+/g,"-").replace(/-$/,""),error:m=>{let b=i(m);return b?at(f,b,y.id(m)):h},invalid:m=>i(m)!=="",cls:m=>i(m)?"form-group form-error":"form-group",described:m=>i(m)?`${y.id(m)}-error`:h,redraw:()=>K()},A=m=>I(`s${m}`),S=()=>{if(!(f instanceof D)||f.fields.length===0)return;let m=f.fields[0].field;for(;;){let b=document.getElementById(y.id(m));if(b)return b.focus();let H=m.replace(/(\[\d+\]|\.[^.[\]]+)$/,"");if(H===m)break;m=H}t.main.querySelector(".planner-error-summary")?.focus()},J=()=>{if(!(f instanceof D))return U(f);let m=f.fields[0]?.field;return m?u`<div class="alert alert-error planner-error-summary" role="alert" tabindex="-1">
      <div class="alert-body">
        <p class="alert-heading">${I("errors",{n:g,step:A(g)})}</p>
        <ul class="alert-text nobullet-list">
          <li><a href="#${y.id(m)}" @click=${b=>{b.preventDefault(),S()}}>${f.detail||f.title}</a></li>
        </ul>
      </div>
    </div>`:U(f)},ee=()=>u`<nav aria-label=${I("steps")}>
    <p class="step-subheading d-md-none">${I("stepOf",{n:c,total:4})}</p>
    <ol class="step-indicator d-none d-md-flex">
      ${[1,2,3,4].map(m=>{let b=m>p,H=f instanceof D&&g===m,z=[m===c?"current":"",b?"disabled":"",H?"error":""].join(" ").trim(),G=u`<span class="step-number"><span>${m}</span></span>
          <div>
            <span class="step-title">${A(m)}</span>
            ${H?u`<span class="sr-only"> (${I("failed")})</span>`:m<p&&m!==c?u`<span class="sr-only"> (${I("done")})</span>`:h}
          </div>`;return u`<li class=${z}>
          ${b?u`<div class="step">${G}</div>`:u`<a class="step" href="#trin-${m}" aria-current=${m===c?"step":h} @click=${O=>{O.preventDefault(),ke(m)}}>${G}</a>`}
        </li>`})}
    </ol>
  </nav>`,wt=m=>{switch(c){case 1:return ht(m,y,s,o,e!==void 0,b=>Rt(m,b));case 2:return $t(m,y,n);case 3:return ft(m.rules.groups,r,x,y,()=>{K(),Ge()});default:return vt(m,n,r,x,b=>void ke(b))}},K=()=>{let m=l;P(u`<h1>${I(e===void 0?"create":"edit")}${m&&e!==void 0?u`: ${m.name}`:h}</h1>
        ${m?u`${ee()} ${J()}
              <form class="planner-wizard" novalidate @submit=${b=>{b.preventDefault(),c<4?ke(c+1):xt()}}>
                <h2 id="step-h" tabindex="-1">${I("stepOf",{n:c,total:4})}: ${A(c)}</h2>
                ${wt(m)}
                <div class="planner-buttons planner-wizard-nav">
                  ${c>1?u`<button class="button button-secondary" type="button" @click=${()=>void ke(c-1)}>${I("back")}</button>`:h}
                  <button class="button button-primary" type="submit" ?disabled=${T}>${c<4?I("next"):I("save")}</button>
                  <a class="button button-tertiary" href=${e===void 0?"/tilbud":`/tilbud/${e}`}>${I("cancel")}</a>
                </div>
              </form>`:U(a)}`,t.main)};function Rt(m,b){if(m.templateId=b?.id,!b)return K();let H=b.fields,z=m;for(let[G,O]of Object.entries(H)){if(["id","jobcenterId","changedAt","changedBy","active","templateId"].includes(G))continue;let Re=Array.isArray(O)?O.length>0:O!==""&&O!==0&&O!==null&&O!==void 0&&O!==!1;G==="rules"&&!O?.groups?.length||G==="terms"&&JSON.stringify(O)===JSON.stringify({acceptCancel:!1,acceptRebook:!1,rebookDaysBefore:0})||Re&&(z[G]=structuredClone(O))}K()}let ze=async m=>{if(m===4||!l)return!0;try{let b=await ae(`/api/offers/validate?step=${m}`,Be(l));return m===3&&(x={pending:!1,description:b.description,contradictions:b.contradictions,neverMatches:b.neverMatches}),g===m&&(f=void 0,g=0),!0}catch(b){return f=b,g=b instanceof D&&b.fields[0]?bt(b.fields[0].field):m,m===3&&(x={pending:!1}),!1}};async function ke(m){if(!l||T)return;T=!0;let b=!0;if(m>c)for(let z=c;z<m&&b;z++)b=await ze(z),b||(m=z);if(T=!1,t.signal.aborted)return;let H=m!==c;c=m,p=Math.max(p,b?m:p),K(),b?H&&(document.getElementById("step-h")?.focus(),V(`${I("stepOf",{n:c,total:4})}: ${A(c)}`)):(S(),V(f instanceof D?f.detail||f.title:"")),b&&c===3&&Ge(0)}function Ge(m=400){window.clearTimeout(E),x={...x,pending:!0};let b=++d;E=window.setTimeout(async()=>{!l||t.signal.aborted||(await ze(3),!(b!==d||t.signal.aborted)&&K())},m),t.signal.addEventListener("abort",()=>window.clearTimeout(E),{once:!0})}async function xt(){if(!(!l||T)){T=!0,K();try{let m=e===void 0?await ae("/api/offers",Be(l)):await rt(`/api/offers/${e}`,Be(l));T=!1,V(I("saved")),t.navigate(`/tilbud/${m.id}`);return}catch(m){T=!1,f=m,g=m instanceof D&&m.fields[0]?bt(m.fields[0].field):4,g!==4&&(c=g),K(),S()}}}try{let[m,b,H,z,G]=await Promise.all([we(),C("/api/rule-types"),C("/api/templates"),C("/api/offers"),e===void 0?Promise.resolve(void 0):C(`/api/offers/${e}`)]);n=m,r=b,s=H.templates,o=[...new Set(z.offers.map(O=>O.meetingType).filter(Boolean))].sort((O,Re)=>O.localeCompare(Re,"da")),l=G??Dt(r),l.terms??={acceptCancel:!1,acceptRebook:!1,rebookDaysBefore:0},l.sessions??=[],l.startMinutes??=[],l.rules?.groups?.length||(l.rules={groups:[{match:"all",rules:[ve(r)]}]}),G&&(p=4)}catch(m){a=m}K()}var kt={path:"/tilbud/ny",title:()=>I("create"),render:t=>yt(t)},At={path:"/tilbud/:id/rediger",title:()=>I("edit"),render:t=>yt(t,Number(t.params.id))};var Le=[dt,mt,kt,At,ut];var N=M({"nav.label":["Hovedmenu","Main menu"],"nav.front":["Forside","Front page"],"nav.calendar":["Kalender","Calendar"],"nav.offers":["Onlinetilbud","Online offers"],"nav.pending":["Afventerliste","Pending list"],"nav.followUp":["Opfølgningsliste","Follow-up list"],"nav.freeTimes":["Ledige tider","Free times"],"nav.search":["Søg","Search"],"nav.connections":["Kalenderforbindelser","Calendar connections"],"nav.admin":["Administration","Administration"],signout:["Log af","Sign out"],"lang.other":["English","Dansk"],"notFound.title":["Siden findes ikke","Page not found"],"notFound.body":["Siden findes ikke, eller du har ikke adgang til den.","The page does not exist, or you may not open it."],"notFound.front":["Gå til forsiden","Go to the front page"],"role.admin":["administrator","administrator"],"role.advisor":["vejleder","advisor"],"role.operator":["drift","operator"]}),Ft=[{path:"/",label:()=>N("nav.front")},{path:"/kalender",label:()=>N("nav.calendar")},{path:"/tilbud",label:()=>N("nav.offers")},{path:"/afventer",label:()=>N("nav.pending")},{path:"/opfoelgning",label:()=>N("nav.followUp")},{path:"/ledige-tider",label:()=>N("nav.freeTimes")},{path:"/soeg",label:()=>N("nav.search")},{path:"/forbindelser",label:()=>N("nav.connections")},{path:"/admin",label:()=>N("nav.admin"),roles:["admin"]}],Pt={path:"",title:()=>N("notFound.title"),render:t=>{P(u`<h1>${N("notFound.title")}</h1><p>${N("notFound.body")}</p><p><a href="/">${N("notFound.front")}</a></p>`,t.main)}};function Tt(t){return t==="/"?"/":"/"+t.split("/")[1]}function jt(t,e,n,r){let s=Ft.filter(o=>Le.some(l=>l.path===o.path&&(!l.roles||l.roles.includes(t.role)))&&(!o.roles||o.roles.includes(t.role)));P(u`<header class="header">
        <div class="portal-info">
          <div class="portal-info-inner container">
            <a href="/" class="planner-logo">Planner</a>
            <div class="portal-user">
              <p class="user">${t.name}, ${N(`role.${t.role}`)} · ${t.jobcenter}</p>
              <button class="function-link" type="button" lang=${W()==="da"?"en":"da"} @click=${r}>${N("lang.other")}</button>
              <form method="post" action="/logout" class="d-inline">
                <input type="hidden" name="_csrf" .value=${t.csrf??""} />
                <button class="function-link" type="submit">${N("signout")}</button>
              </form>
            </div>
          </div>
        </div>
        <div class="navigation-menu">
          <div class="navigation-menu-inner container">
            <nav class="nav" aria-label=${N("nav.label")}>
              <ul class="mainmenu">
                ${s.map(o=>u`<li class=${Tt(e)===o.path?"active current":""}>
                      <a href=${o.path} class="nav-link" aria-current=${Tt(e)===o.path?"page":"false"}><span>${o.label()}</span></a>
                    </li>`)}
              </ul>
            </nav>
          </div>
        </div>
      </header>`,n)}async function Ht(){let t=document.getElementById("app"),e=await C("/api/session");nt(e.csrf??""),document.documentElement.lang=W(),t.replaceChildren();let n=document.createElement("div"),r=document.createElement("main");r.id="main-content",r.className="container page-container";let s=document.createElement("div");s.id="announce",s.className="sr-only",s.setAttribute("aria-live","polite"),t.append(n,r,s);let o=location.pathname,l=()=>jt(e,o,n,c),a=new Te(Le,e,r,Pt,p=>{o=p,l()});function c(){et(W()==="da"?"en":"da"),a.show(!1)}await a.show(!1)}Ht();
