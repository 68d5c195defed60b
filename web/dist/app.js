var Oe=globalThis,Te=Oe.trustedTypes,Ve=Te?Te.createPolicy("lit-html",{createHTML:t=>t}):void 0,Xe="$lit$",Q=`lit$${Math.random().toFixed(9).slice(2)}$`,Qe="?"+Q,It=`<${Qe}>`,se=document,pe=()=>se.createComment(""),me=t=>t===null||typeof t!="object"&&typeof t!="function",De=Array.isArray,Nt=t=>De(t)||typeof t?.[Symbol.iterator]=="function",_e=`[ 	
\f\r]`,ue=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,Je=/-->/g,Ke=/>/g,ne=RegExp(`>|${_e}(?:([^\\s"'>=/]+)(${_e}*=${_e}*(?:[^ 	
\f\r"'\`<>=]|("|')|))|$)`,"g"),Ze=/'/g,qe=/"/g,et=/^(?:script|style|textarea|title)$/i,Fe=t=>(e,...n)=>({_$litType$:t,strings:e,values:n}),c=Fe(1),Ut=Fe(2),Vt=Fe(3),fe=Symbol.for("lit-noChange"),g=Symbol.for("lit-nothing"),Ye=new WeakMap,re=se.createTreeWalker(se,129);function tt(t,e){if(!De(t)||!t.hasOwnProperty("raw"))throw Error("invalid template strings array");return Ve!==void 0?Ve.createHTML(e):e}var Ot=(t,e)=>{let n=t.length-1,r=[],o,s=e===2?"<svg>":e===3?"<math>":"",a=ue;for(let d=0;d<n;d++){let l=t[d],p,m,$=-1,v=0;for(;v<l.length&&(a.lastIndex=v,m=a.exec(l),m!==null);)v=a.lastIndex,a===ue?m[1]==="!--"?a=Je:m[1]!==void 0?a=Ke:m[2]!==void 0?(et.test(m[2])&&(o=RegExp("</"+m[2],"g")),a=ne):m[3]!==void 0&&(a=ne):a===ne?m[0]===">"?(a=o??ue,$=-1):m[1]===void 0?$=-2:($=a.lastIndex-m[2].length,p=m[1],a=m[3]===void 0?ne:m[3]==='"'?qe:Ze):a===qe||a===Ze?a=ne:a===Je||a===Ke?a=ue:(a=ne,o=void 0);let x=a===ne&&t[d+1].startsWith("/>")?" ":"";s+=a===ue?l+It:$>=0?(r.push(p),l.slice(0,$)+Xe+l.slice($)+Q+x):l+Q+($===-2?d:x)}return[tt(t,s+(t[n]||"<?>")+(e===2?"</svg>":e===3?"</math>":"")),r]},ge=class t{constructor({strings:e,_$litType$:n},r){let o;this.parts=[];let s=0,a=0,d=e.length-1,l=this.parts,[p,m]=Ot(e,n);if(this.el=t.createElement(p,r),re.currentNode=this.el.content,n===2||n===3){let $=this.el.content.firstChild;$.replaceWith(...$.childNodes)}for(;(o=re.nextNode())!==null&&l.length<d;){if(o.nodeType===1){if(o.hasAttributes())for(let $ of o.getAttributeNames())if($.endsWith(Xe)){let v=m[a++],x=o.getAttribute($).split(Q),I=/([.?@])?(.*)/.exec(v);l.push({type:1,index:s,name:I[2],strings:x,ctor:I[1]==="."?Me:I[1]==="?"?Ee:I[1]==="@"?Ie:ae}),o.removeAttribute($)}else $.startsWith(Q)&&(l.push({type:6,index:s}),o.removeAttribute($));if(et.test(o.tagName)){let $=o.textContent.split(Q),v=$.length-1;if(v>0){o.textContent=Te?Te.emptyScript:"";for(let x=0;x<v;x++)o.append($[x],pe()),re.nextNode(),l.push({type:2,index:++s});o.append($[v],pe())}}}else if(o.nodeType===8)if(o.data===Qe)l.push({type:2,index:s});else{let $=-1;for(;($=o.data.indexOf(Q,$+1))!==-1;)l.push({type:7,index:s}),$+=Q.length-1}s++}}static createElement(e,n){let r=se.createElement("template");return r.innerHTML=e,r}};function ie(t,e,n=t,r){if(e===fe)return e;let o=r!==void 0?n._$Co?.[r]:n._$Cl,s=me(e)?void 0:e._$litDirective$;return o?.constructor!==s&&(o?._$AO?.(!1),s===void 0?o=void 0:(o=new s(t),o._$AT(t,n,r)),r!==void 0?(n._$Co??=[])[r]=o:n._$Cl=o),o!==void 0&&(e=ie(t,o._$AS(t,e.values),o,r)),e}var Ce=class{constructor(e,n){this._$AV=[],this._$AN=void 0,this._$AD=e,this._$AM=n}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(e){let{el:{content:n},parts:r}=this._$AD,o=(e?.creationScope??se).importNode(n,!0);re.currentNode=o;let s=re.nextNode(),a=0,d=0,l=r[0];for(;l!==void 0;){if(a===l.index){let p;l.type===2?p=new he(s,s.nextSibling,this,e):l.type===1?p=new l.ctor(s,l.name,l.strings,this,e):l.type===6&&(p=new Ne(s,this,e)),this._$AV.push(p),l=r[++d]}a!==l?.index&&(s=re.nextNode(),a++)}return re.currentNode=se,o}p(e){let n=0;for(let r of this._$AV)r!==void 0&&(r.strings!==void 0?(r._$AI(e,r,n),n+=r.strings.length-2):r._$AI(e[n])),n++}},he=class t{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(e,n,r,o){this.type=2,this._$AH=g,this._$AN=void 0,this._$AA=e,this._$AB=n,this._$AM=r,this.options=o,this._$Cv=o?.isConnected??!0}get parentNode(){let e=this._$AA.parentNode,n=this._$AM;return n!==void 0&&e?.nodeType===11&&(e=n.parentNode),e}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(e,n=this){e=ie(this,e,n),me(e)?e===g||e==null||e===""?(this._$AH!==g&&this._$AR(),this._$AH=g):e!==this._$AH&&e!==fe&&this._(e):e._$litType$!==void 0?this.$(e):e.nodeType!==void 0?this.T(e):Nt(e)?this.k(e):this._(e)}O(e){return this._$AA.parentNode.insertBefore(e,this._$AB)}T(e){this._$AH!==e&&(this._$AR(),this._$AH=this.O(e))}_(e){this._$AH!==g&&me(this._$AH)?this._$AA.nextSibling.data=e:this.T(se.createTextNode(e)),this._$AH=e}$(e){let{values:n,_$litType$:r}=e,o=typeof r=="number"?this._$AC(e):(r.el===void 0&&(r.el=ge.createElement(tt(r.h,r.h[0]),this.options)),r);if(this._$AH?._$AD===o)this._$AH.p(n);else{let s=new Ce(o,this),a=s.u(this.options);s.p(n),this.T(a),this._$AH=s}}_$AC(e){let n=Ye.get(e.strings);return n===void 0&&Ye.set(e.strings,n=new ge(e)),n}k(e){De(this._$AH)||(this._$AH=[],this._$AR());let n=this._$AH,r,o=0;for(let s of e)o===n.length?n.push(r=new t(this.O(pe()),this.O(pe()),this,this.options)):r=n[o],r._$AI(s),o++;o<n.length&&(this._$AR(r&&r._$AB.nextSibling,o),n.length=o)}_$AR(e=this._$AA.nextSibling,n){for(this._$AP?.(!1,!0,n);e!==this._$AB;){let r=e.nextSibling;e.remove(),e=r}}setConnected(e){this._$AM===void 0&&(this._$Cv=e,this._$AP?.(e))}},ae=class{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(e,n,r,o,s){this.type=1,this._$AH=g,this._$AN=void 0,this.element=e,this.name=n,this._$AM=o,this.options=s,r.length>2||r[0]!==""||r[1]!==""?(this._$AH=Array(r.length-1).fill(new String),this.strings=r):this._$AH=g}_$AI(e,n=this,r,o){let s=this.strings,a=!1;if(s===void 0)e=ie(this,e,n,0),a=!me(e)||e!==this._$AH&&e!==fe,a&&(this._$AH=e);else{let d=e,l,p;for(e=s[0],l=0;l<s.length-1;l++)p=ie(this,d[r+l],n,l),p===fe&&(p=this._$AH[l]),a||=!me(p)||p!==this._$AH[l],p===g?e=g:e!==g&&(e+=(p??"")+s[l+1]),this._$AH[l]=p}a&&!o&&this.j(e)}j(e){e===g?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,e??"")}},Me=class extends ae{constructor(){super(...arguments),this.type=3}j(e){this.element[this.name]=e===g?void 0:e}},Ee=class extends ae{constructor(){super(...arguments),this.type=4}j(e){this.element.toggleAttribute(this.name,!!e&&e!==g)}},Ie=class extends ae{constructor(e,n,r,o,s){super(e,n,r,o,s),this.type=5}_$AI(e,n=this){if((e=ie(this,e,n,0)??g)===fe)return;let r=this._$AH,o=e===g&&r!==g||e.capture!==r.capture||e.once!==r.once||e.passive!==r.passive,s=e!==g&&(r===g||o);o&&this.element.removeEventListener(this.name,this,r),s&&this.element.addEventListener(this.name,this,e),this._$AH=e}handleEvent(e){typeof this._$AH=="function"?this._$AH.call(this.options?.host??this.element,e):this._$AH.handleEvent(e)}},Ne=class{constructor(e,n,r){this.element=e,this.type=6,this._$AN=void 0,this._$AM=n,this.options=r}get _$AU(){return this._$AM._$AU}_$AI(e){ie(this,e)}};var Dt=Oe.litHtmlPolyfillSupport;Dt?.(ge,he),(Oe.litHtmlVersions??=[]).push("3.3.1");var L=(t,e,n)=>{let r=n?.renderBefore??e,o=r._$litPart$;if(o===void 0){let s=n?.renderBefore??null;r._$litPart$=o=new he(e.insertBefore(pe(),s),s,void 0,n??{})}return o._$AI(t),o};var Ft="planner_lang";function V(){return/(?:^|;\s*)planner_lang=en(?:;|$)/.test(document.cookie)?"en":"da"}function nt(t){document.cookie=`${Ft}=${t}; path=/; max-age=31536000; samesite=strict`,document.documentElement.lang=t}function E(t){return(e,n)=>{let r=t[e],o=r?r[V()==="en"?1:0]||r[0]:e;if(n)for(let[s,a]of Object.entries(n))o=o.replaceAll(`{${s}}`,String(a));return o}}function Pe(){return V()==="en"?"en-GB":"da-DK"}var P=class extends Error{constructor(n,r,o,s,a,d=""){super(o||r);this.status=n;this.title=r;this.detail=o;this.fields=s;this.type=a;this.code=d}reason(n){return this.fields.find(r=>r.field===n)?.reason??""}},rt="";function st(t){rt=t}async function je(t,e,n){let r={Accept:"application/json"};n!==void 0&&(r["Content-Type"]="application/json"),t!=="GET"&&t!=="HEAD"&&(r["X-CSRF-Token"]=rt);let o=await fetch(e,{method:t,headers:r,body:n===void 0?void 0:JSON.stringify(n),credentials:"same-origin"});if(o.status===401)throw window.location.assign(`/login?next=${encodeURIComponent(location.pathname+location.search)}`),new P(401,"Not signed in","",[],"/problems/unauthenticated");if(!o.ok)throw await Pt(o);if(o.status!==204)return await o.json()}async function Pt(t){let e={};try{e=await t.json()}catch{}let n=V()==="da",r=n&&e.title_da||e.title||t.statusText,o=n&&e.detail_da||e.detail||"",s=e.field?[{field:e.field,reason:o}]:[];return new P(t.status,r,o,s,e.type??"",e.code??"")}var M=t=>je("GET",t),le=(t,e)=>je("POST",t,e),ot=(t,e)=>je("PUT",t,e);function it(t){let e=new URLSearchParams;for(let[r,o]of Object.entries(t))o==null||o===""||Array.isArray(o)&&o.length===0||e.set(r,Array.isArray(o)?o.join(","):String(o));let n=e.toString();return n?`?${n}`:""}var Re=class{constructor(e,n,r,o,s){this.routes=e;this.me=n;this.main=r;this.notFound=o;this.onChange=s;window.addEventListener("popstate",()=>void this.show(!1)),document.addEventListener("click",a=>this.intercept(a))}current;navigate(e,n=!1){n?history.replaceState(null,"",e):history.pushState(null,"",e),this.show(!0)}async show(e){this.current?.abort();let n=new AbortController;this.current=n;let{route:r,params:o}=this.match(location.pathname),s=document.createElement("div");s.className="planner-screen";let a={me:this.me,main:s,params:o,query:new URLSearchParams(location.search),signal:n.signal,navigate:(d,l)=>this.navigate(d,l),every:(d,l)=>{let p=window.setInterval(()=>{!n.signal.aborted&&document.visibilityState==="visible"&&l()},d);n.signal.addEventListener("abort",()=>window.clearInterval(p))}};if(this.main.replaceChildren(s),document.title=`${r.title()} — Planner`,this.onChange(location.pathname),await r.render(a),e&&!n.signal.aborted){let d=this.main.querySelector("h1");d&&(d.setAttribute("tabindex","-1"),d.focus())}}match(e){for(let n of this.routes){let r=n.path.split("/"),o=e.replace(/\/+$/,"").split("/");if(n.path==="/"&&(e==="/"||e===""))return{route:this.allowed(n),params:{}};if(r.length!==o.length)continue;let s={};if(r.every((a,d)=>a.startsWith(":")?(s[a.slice(1)]=decodeURIComponent(o[d]),o[d]!==""):a===o[d]))return{route:this.allowed(n),params:s}}return{route:this.notFound,params:{}}}allowed(e){return!e.roles||e.roles.includes(this.me.role)?e:this.notFound}intercept(e){if(e.defaultPrevented||e.button!==0||e.metaKey||e.ctrlKey||e.shiftKey||e.altKey)return;let n=e.target?.closest?.("a");!n||n.target||n.hasAttribute("download")||n.origin!==location.origin||n.pathname.startsWith("/api/")||n.pathname.startsWith("/borger/")||n.pathname==="/login"||(e.preventDefault(),this.navigate(n.pathname+n.search))}};var at=E({"error.heading":["Der opstod en fejl","Something went wrong"],"error.network":["Planner svarer ikke. Prøv igen om lidt.","Planner does not answer. Try again shortly."],"dialog.ok":["OK","OK"],"dialog.cancel":["Annuller","Cancel"],"dialog.close":["Luk","Close"]}),$e="Europe/Copenhagen";function jt(t){return t instanceof P?t.detail?t.detail:t.title:t instanceof TypeError?at("error.network"):String(t)}function J(t){return t?c`<div class="alert alert-error" role="alert">
    <div class="alert-body">
      <p class="alert-heading">${t instanceof P?t.title:at("error.heading")}</p>
      <p class="alert-text">${jt(t)}</p>
    </div>
  </div>`:g}function lt(t){return t?c`<div class="alert alert-success" role="status"><div class="alert-body"><p class="alert-text">${t}</p></div></div>`:g}function dt(t,e,n){if(!(t instanceof P))return g;let r=t.reason(e);return r?c`<span class="form-error-message" id="${n}-error">${r}</span>`:g}function K(t){let e=document.getElementById("announce");e&&(e.textContent="",window.setTimeout(()=>e.textContent=t,50))}function He(t){if(!t)return"";let e=typeof t=="string"&&/^\d{4}-\d{2}-\d{2}$/.test(t)?new Date(`${t}T12:00:00Z`):new Date(t);return new Intl.DateTimeFormat(Pe(),{day:"numeric",month:"short",year:"numeric",timeZone:$e}).format(e)}function be(t){return new Intl.DateTimeFormat(Pe(),{hour:"2-digit",minute:"2-digit",timeZone:$e}).format(new Date(t))}function q(t){return t?`${He(t)} ${be(t)}`:""}function ct(t){return new Intl.DateTimeFormat("sv-SE",{timeZone:$e}).format(t)}var G=E({title:["Forside","Front page"],absent:["Fraværende lige nu","Absent right now"],noneAbsent:["Ingen vejledere er fraværende lige nu.","No advisor is absent right now."],counts:["Status","Status"],notSent:["Indkaldelser, der ikke er sendt til Jobnet","Summonses not sent to Jobnet"],withAbsent:["Indkaldelser i kalenderen hos en fraværende vejleder","Summonses in the calendar of an absent advisor"],deadline:["Indkaldelser med overskredet afholdelsesfrist","Summonses whose holding deadline is exceeded"],pending:["Afventerlisten","Pending list"],pendingCount:["{n} afventende møder fra i dag","{n} pending meetings from today"],updated:["Opdateret {time}","Updated {time}"],toCalendar:["Se i kalenderen","See in the calendar"]}),ut={path:"/",title:()=>G("title"),async render(t){let e=[],n=(o,s)=>{let a=(o?.frontPage.absentNow??[]).map(d=>e.find(l=>l.id===d)?.name??`#${d}`);L(c`<h1>${G("title")}</h1>
          ${J(s)}
          ${o?c`<div class="row">
                  <section class="col-12 col-md-6" aria-labelledby="absent-h">
                    <h2 id="absent-h">${G("absent")}</h2>
                    ${a.length===0?c`<p>${G("noneAbsent")}</p>`:c`<ul class="planner-absent">
                          ${a.map(d=>c`<li>${d}</li>`)}
                        </ul>`}
                  </section>
                  <section class="col-12 col-md-6" aria-labelledby="counts-h">
                    <h2 id="counts-h">${G("counts")}</h2>
                    <dl class="planner-counts">
                      <div><dt>${G("notSent")}</dt><dd data-count="notSent">${o.frontPage.notSent}</dd></div>
                      <div><dt>${G("withAbsent")}</dt><dd data-count="withAbsentAdvisor">${o.frontPage.withAbsentAdvisor}</dd></div>
                      <div><dt>${G("deadline")}</dt><dd data-count="deadlineExceeded">${o.frontPage.deadlineExceeded}</dd></div>
                    </dl>
                    <p><a href="/afventer">${G("pending")}</a>: <span data-count="pendingCounter">${G("pendingCount",{n:o.pendingCounter})}</span></p>
                  </section>
                </div>
                <p class="form-hint">${G("updated",{time:be(o.at)})}</p>`:""}`,t.main)},r=async()=>{try{let[o,s]=await Promise.all([M("/api/advisors"),M("/api/front-page")]);e=o.advisors,n(s)}catch(o){n(void 0,o)}};await r(),t.every(1e4,r)}};var ve=t=>t?V()==="en"?t.en:t.da:"",Le=E({individual:["Individuelt møde","Individual meeting"],group:["Fællesmøde","Group meeting"],digital:["Digitalt","Digital"],in_person:["Personlig kontakt","In person"],phone:["Telefon","Phone"],advisor_calls:["Vejleder ringer til borger","The advisor calls the citizen"],citizen_calls:["Borger ringer til vejleder","The citizen calls the advisor"]}),W=t=>t==="individual"||t==="group"?Le(t):t,B=t=>t==="digital"||t==="in_person"||t==="phone"?Le(t):t,oe=t=>t==="advisor_calls"||t==="citizen_calls"?Le(t):"";async function xe(){let[t,e,n]=await Promise.all([M("/api/teams"),M("/api/advisors"),M("/api/rooms")]);return{teams:t.teams,advisors:e.advisors,rooms:n.rooms}}var Y=(t,e)=>t.find(n=>n.id===e)?.name??"";function ee(t){if(!t)return"";let[e,n,r]=t.split("-");return`${r}-${n}-${e}`}function Be(t){let e=new Intl.DateTimeFormat("sv-SE",{timeZone:$e,year:"numeric",month:"2-digit",day:"2-digit",hour:"2-digit",minute:"2-digit",hourCycle:"h23"}).format(new Date(t)),[n,r]=e.split(" ");return[n,r]}function pt(t,e){let[n,r,o]=t.split("-").map(Number),[s,a]=e.split(":").map(Number),d=Date.UTC(n,r-1,o,s,a),l=d;for(let p=0;p<3;p++){let[m,$]=Be(new Date(l).toISOString()),[v,x,I]=m.split("-").map(Number),[f,i]=$.split(":").map(Number);l+=d-Date.UTC(v,x-1,I,f,i)}return new Date(l).toISOString().replace(".000Z","Z")}var k=E({title:["Onlinetilbud","Online offer"],back:["Tilbage til oversigten","Back to the list"],download:["Hent deltagerliste","Download participant list"],deactivate:["Deaktiver tilbud","Deactivate offer"],activate:["Aktiver tilbud","Activate offer"],edit:["Rediger online tilbud","Edit online offer"],details:["Detaljer","Details"],meetingType:["Samtaletype","Meeting type"],variant:["Samtaletypevariant","Variant"],form:["Mødeform","Meeting form"],channel:["Afholdelsesform","Channel"],caller:["Kontaktansvarlig","Who calls"],opensOn:["Første dato tilbuddet kan bookes","First date the offer can be booked"],firstMeeting:["Første mødedato","First meeting date"],fixedEnd:["Fast slutdato","Fixed end date"],duration:["Varighed","Duration"],minutes:["{n} minutter","{n} minutes"],description:["Beskrivelse","Description"],team:["Team","Team"],advisors:["Vejledere","Advisors"],status:["Status","Status"],active:["Aktiv","Active"],inactive:["Inaktiv","Inactive"],changed:["Sidst ændret","Last changed"],changedBy:["{at} af {by}","{at} by {by}"],weeks:["Ledige tider for tilbuddet","Free times of the offer"],week:["Uge","Week"],free:["Ledige pladser","Free places"],noWeeks:["Tilbuddet har ingen ledige tider.","The offer has no free times."],updated:["Opdateret {time}","Updated {time}"],booked:["Tilmeldte borgere","Booked citizens"],search:["Søg på navn eller CPR-nummer","Search by name or CPR number"],searchBtn:["Søg","Search"],clear:["Vis alle","Show all"],cpr:["CPR","CPR"],name:["Navn","Name"],contactGroup:["Kontaktgruppe","Contact group"],age:["Alder","Age"],deadline:["Frist for afholdelse","Holding deadline"],when:["Dato og klokkeslæt","Date and time"],noBooked:["Ingen borgere har booket tilbuddet.","No citizen has booked the offer."],noMatch:["Ingen tilmeldte borgere passer til søgningen.","No booked citizen matches the search."],found:["{n} tilmeldte borgere","{n} booked citizens"],nowActive:["Tilbuddet er aktiveret og vises på Jobnet.","The offer is activated and shown on Jobnet."],nowInactive:["Tilbuddet er deaktiveret og vises ikke længere på Jobnet.","The offer is deactivated and no longer shown on Jobnet."],sessions:["Fællesmøder","Group sessions"]}),mt={path:"/tilbud/:id",title:()=>k("title"),async render(t){let e=Number(t.params.id),n,r=[],o="",s="",a={teams:[],advisors:[],rooms:[]},d,l="",p=new Date,m=(f,i)=>c`<div><dt>${f}</dt><dd>${i||"–"}</dd></div>`,$=()=>{let f=n?.offer;L(c`<p><a class="back-link" href="/tilbud">${k("back")}</a></p>
          <h1>${f?.name??k("title")}</h1>
          ${J(d)} ${lt(l)}
          ${f?c`<div class="planner-buttons planner-offer-actions">
                  <a class="button button-secondary" href="/api/offers/${e}/participants.xlsx" download="deltagere-${e}.xlsx">${k("download")}</a>
                  <button class="button button-secondary" type="button" @click=${I}>${f.active?k("deactivate"):k("activate")}</button>
                  <a class="button button-primary" href="/tilbud/${e}/rediger">${k("edit")}</a>
                </div>
                <div class="row">
                  <section class="col-12 col-lg-7" aria-labelledby="details-h">
                    <h2 id="details-h">${k("details")}</h2>
                    <dl class="planner-details">
                      ${m(k("meetingType"),f.meetingType)} ${m(k("variant"),f.variant)} ${m(k("form"),W(f.form))}
                      ${m(k("channel"),B(f.channel))} ${f.caller?m(k("caller"),oe(f.caller)+(f.phone?` (${f.phone})`:"")):g}
                      ${m(k("opensOn"),ee(f.opensOn))} ${f.form==="individual"?m(k("firstMeeting"),ee(f.firstMeetingDate)):g}
                      ${m(k("fixedEnd"),ee(f.fixedEnd))} ${m(k("duration"),k("minutes",{n:f.durationMinutes}))}
                      ${m(k("team"),Y(a.teams,f.teamId))} ${m(k("advisors"),f.advisors.map(i=>Y(a.advisors,i)).join(", "))}
                      ${f.form==="group"?m(k("sessions"),c`<ul class="planner-plain-list">${(f.sessions??[]).map(i=>c`<li>${q(i.start)}</li>`)}</ul>`):g}
                      ${m(k("description"),c`<span class="planner-pre">${f.description}</span>`)}
                      ${m(k("status"),c`<span data-status>${f.active?k("active"):k("inactive")}</span>`)}
                      ${m(k("changed"),f.changedBy?k("changedBy",{at:q(f.changedAt),by:f.changedBy}):q(f.changedAt))}
                    </dl>
                  </section>
                  <section class="col-12 col-lg-5" aria-labelledby="weeks-h">
                    <h2 id="weeks-h">${k("weeks")}</h2>
                    ${n.weeks.length===0?c`<p>${k("noWeeks")}</p>`:c`<table class="table table--compact planner-weeks">
                          <thead><tr><th scope="col">${k("week")}</th><th scope="col" class="text-align-right">${k("free")}</th></tr></thead>
                          <tbody>
                            ${n.weeks.map(i=>c`<tr data-week=${`${i.year}-W${i.week}`}><th scope="row">${i.week} (${i.year})</th><td class="text-align-right">${i.count}</td></tr>`)}
                          </tbody>
                        </table>`}
                    <p class="form-hint">${k("updated",{time:be(p)})}</p>
                  </section>
                </div>
                <section aria-labelledby="booked-h">
                  <h2 id="booked-h">${k("booked")}</h2>
                  <form class="planner-search" role="search" @submit=${i=>{i.preventDefault(),x(!0)}}>
                    <div class="form-group">
                      <label class="form-label" for="booked-search">${k("search")}</label>
                      <input class="form-input" id="booked-search" type="search" autocomplete="off" .value=${o} @input=${i=>o=i.target.value} />
                    </div>
                    <button class="button button-secondary" type="submit">${k("searchBtn")}</button>
                    ${s?c`<button class="button button-tertiary" type="button" @click=${()=>{o="",x(!0)}}>${k("clear")}</button>`:g}
                  </form>
                  <div class="table--responsive-scroll">
                    <table class="table table--compact planner-booked">
                      <caption class="sr-only">${k("found",{n:r.length})}</caption>
                      <thead>
                        <tr>
                          <th scope="col">${k("cpr")}</th><th scope="col">${k("name")}</th><th scope="col">${k("contactGroup")}</th>
                          <th scope="col">${k("age")}</th><th scope="col">${k("deadline")}</th><th scope="col">${k("when")}</th>
                        </tr>
                      </thead>
                      <tbody>
                        ${r.length===0?c`<tr><td colspan="6">${k(s?"noMatch":"noBooked")}</td></tr>`:r.map(i=>c`<tr>
                                <td>${i.cpr}</td><th scope="row">${i.name}</th><td>${i.contactGroup??""}</td><td>${i.age}</td>
                                <td>${He(i.holdingDeadline)}</td><td>${q(i.start)}</td>
                              </tr>`)}
                      </tbody>
                    </table>
                  </div>
                </section>`:g}`,t.main)},v=async()=>{try{n=await M(`/api/offers/${e}/page`),p=new Date,d=void 0}catch(f){d=f}},x=async(f=!1)=>{try{r=(await le(`/api/offers/${e}/participants`,{search:o.trim()})).participants,s=o.trim()}catch(i){d=i}t.signal.aborted||($(),f&&K(k("found",{n:r.length})))};async function I(){if(!n)return;let f=!n.offer.active;try{await le(`/api/offers/${e}/${f?"activate":"deactivate"}`),l=k(f?"nowActive":"nowInactive"),await v()}catch(i){d=i,l=""}$(),K(l)}try{a=await xe()}catch(f){d=f}await v(),n?await x():$(),t.every(1e4,async()=>{await v(),n&&await x()})}};var R=E({title:["Onlinetilbud","Online offers"],create:["Opret onlinetilbud","Create online offer"],filter:["Filtrer visning","Filter"],name:["Søg på navn","Search by name"],team:["Team","Team"],meetingType:["Samtaletype","Meeting type"],form:["Mødeform","Meeting form"],channel:["Afholdelsesform","Channel"],contactGroup:["Online tilbuddets målgruppe (kontaktgruppe)","Target group (contact group)"],choose:["Vælg her","Choose"],search:["Søg","Search"],reset:["Nulstil","Reset"],status:["Vis","Show"],active:["Aktive","Active"],inactive:["Inaktive","Inactive"],colName:["Navn","Name"],colType:["Samtaletype","Meeting type"],colForm:["Mødeform","Meeting form"],colChannel:["Afholdelsesform","Channel"],colChanged:["Sidst ændret","Last changed"],colActive:["Aktiv","Active"],yes:["Ja","Yes"],no:["Nej","No"],none:["Ingen onlinetilbud passer til filtreringen.","No online offer matches the filter."],count:["{n} onlinetilbud","{n} online offers"],sortBy:["Sorter efter {col}","Sort by {col}"],caption:["Onlinetilbud, sorteret efter {col} ({dir})","Online offers, sorted by {col} ({dir})"],asc:["stigende","ascending"],desc:["faldende","descending"]}),ft=()=>({name:"",teamId:"",meetingType:"",form:"",channel:"",contactGroup:"",active:"true"}),gt={path:"/tilbud",title:()=>R("title"),async render(t){let e=ft(),n={col:"name",desc:!1},r=[],o=[],s=[],a=[],d,l=(f,i)=>{switch(i){case"form":return W(f.form);case"channel":return B(f.channel);case"active":return f.active?"1":"0";case"changedAt":return f.changedAt??"";default:return String(f[i]??"")}},p=()=>[...r].sort((f,i)=>{let b=l(f,n.col).localeCompare(l(i,n.col),"da")||f.name.localeCompare(i.name,"da");return n.desc?-b:b}),m={name:()=>R("colName"),meetingType:()=>R("colType"),form:()=>R("colForm"),channel:()=>R("colChannel"),changedAt:()=>R("colChanged"),active:()=>R("colActive")},$=f=>{let i=n.col===f;return c`<th scope="col" aria-sort=${i?n.desc?"descending":"ascending":"none"}>
        <button class="button button-unstyled planner-sort" type="button" data-sort=${f} @click=${()=>{n=i?{col:f,desc:!n.desc}:{col:f,desc:!1},x(),K(R("caption",{col:m[f](),dir:n.desc?R("desc"):R("asc")}))}}>${m[f]()}<span class="planner-sort-icon" aria-hidden="true">${i?n.desc?"▼":"▲":"⇅"}</span></button>
      </th>`},v=(f,i,b)=>c`<div class="form-group">
      <label class="form-label" for="filter-${f}">${i}</label>
      <select class="form-select" id="filter-${f}" .value=${e[f]} @change=${w=>e[f]=w.target.value}>
        <option value="">${R("choose")}</option>
        ${b.map(([w,S])=>c`<option value=${w} ?selected=${e[f]===w}>${S}</option>`)}
      </select>
    </div>`,x=()=>{let f=p();L(c`<div class="planner-offers-head">
            <h1>${R("title")}</h1>
            <a class="button button-primary" href="/tilbud/ny">${R("create")}</a>
          </div>
          ${J(d)}
          <div class="row">
            <form class="col-12 col-lg-3 planner-offer-filter" aria-labelledby="filter-h" @submit=${i=>{i.preventDefault(),I(!0)}}>
              <h2 id="filter-h" class="h3">${R("filter")}</h2>
              <div class="form-group">
                <label class="form-label" for="filter-name">${R("name")}</label>
                <input class="form-input" id="filter-name" type="search" .value=${e.name} @input=${i=>e.name=i.target.value} />
              </div>
              ${v("teamId",R("team"),o.map(i=>[String(i.id),i.name]))}
              ${v("meetingType",R("meetingType"),s.map(i=>[i,i]))}
              ${v("form",R("form"),["individual","group"].map(i=>[i,W(i)]))}
              ${v("channel",R("channel"),["digital","in_person","phone"].map(i=>[i,B(i)]))}
              ${v("contactGroup",R("contactGroup"),a.map(i=>[i,i]))}
              <div class="planner-buttons">
                <button class="button button-primary" type="submit">${R("search")}</button>
                <button class="button button-secondary" type="button" @click=${()=>{e=ft(),I(!0)}}>${R("reset")}</button>
              </div>
            </form>
            <section class="col-12 col-lg-9" aria-labelledby="list-h">
              <h2 id="list-h" class="sr-only">${R("count",{n:f.length})}</h2>
              <fieldset class="planner-inline-radios">
                <legend class="form-label">${R("status")}</legend>
                ${["true","false"].map(i=>c`<div class="form-group-radio">
                    <input type="radio" class="form-radio" name="offer-active" id="offer-active-${i}" value=${i} .checked=${e.active===i} @change=${()=>{e.active=i,I(!0)}} />
                    <label class="form-label" for="offer-active-${i}">${R(i==="true"?"active":"inactive")}</label>
                  </div>`)}
              </fieldset>
              <p class="form-hint" data-count>${R("count",{n:f.length})}</p>
              <div class="table--responsive-scroll">
                <table class="table table--compact planner-offer-table">
                  <caption class="sr-only">${R("caption",{col:m[n.col](),dir:n.desc?R("desc"):R("asc")})}</caption>
                  <thead>
                    <tr>${$("name")}${$("meetingType")}${$("form")}${$("channel")}${$("changedAt")}${$("active")}</tr>
                  </thead>
                  <tbody>
                    ${f.length===0?c`<tr><td colspan="6">${R("none")}</td></tr>`:f.map(i=>c`<tr data-offer=${String(i.id)}>
                            <th scope="row"><a href="/tilbud/${i.id}">${i.name}</a></th>
                            <td>${i.meetingType}</td>
                            <td>${W(i.form)}</td>
                            <td>${B(i.channel)}</td>
                            <td>${q(i.changedAt)}</td>
                            <td>${i.active?R("yes"):R("no")}</td>
                          </tr>`)}
                  </tbody>
                </table>
              </div>
            </section>
          </div>`,t.main)},I=async(f=!1)=>{try{r=(await M("/api/offers"+it({active:e.active,name:e.name.trim(),teamId:e.teamId,meetingType:e.meetingType,form:e.form,channel:e.channel,contactGroup:e.contactGroup}))).offers,d=void 0}catch(i){d=i}t.signal.aborted||(x(),f&&K(R("count",{n:r.length})))};try{let[f,i,b]=await Promise.all([M("/api/teams"),M("/api/offers"),M("/api/rule-types")]);o=f.teams,s=[...new Set(i.offers.map(w=>w.meetingType))].sort((w,S)=>w.localeCompare(S,"da")),a=b.types.find(w=>w.type==="contact_group")?.values.map(w=>w.value)??[]}catch(f){d=f}await I()}};var T=E({intro:["Regelmotoren afgrænser, hvilke borgere der kan selvbooke tilbuddet. Der skal være mindst 1 og højst {max} regler.","The rule engine limits which citizens can book the offer themselves. There must be at least 1 and at most {max} rules."],group:["Regelgruppe {n}","Rule group {n}"],join:["Forbindes med gruppen før med","Joined to the group before by"],and:["Og","And"],or:["Eller","Or"],match:["Borgeren skal opfylde","The citizen must match"],all:["Alle af følgende","All of the following"],any:["En af følgende","Any of the following"],rule:["Regel {n}","Rule {n}"],type:["Regeltype","Rule type"],cond:["Betingelse","Condition"],value:["Kriterium","Criterion"],choose:["Vælg her","Choose"],noValues:["Jobcentret har ingen værdier af denne type","The job centre has no values of this type"],addRule:["Tilføj regel","Add rule"],removeRule:["Fjern regel {r} i gruppe {g}","Remove rule {r} of group {g}"],addGroup:["Tilføj regelgruppe","Add rule group"],removeGroup:["Fjern regelgruppe {g}","Remove rule group {g}"],count:["{n} af højst {max} regler","{n} of at most {max} rules"],sentence:["Reglerne læst som en sætning","The rules as a sentence"],checking:["Reglerne kontrolleres …","Checking the rules …"],incomplete:["Sætningen vises, når reglerne er udfyldt korrekt.","The sentence shows once the rules are filled in correctly."],contradictions:["Reglerne modsiger hinanden","The rules contradict each other"],never:["Ingen borger kan opfylde reglerne, så tilbuddet vil ikke blive vist for nogen.","No citizen can match the rules, so the offer would be shown to no one."],some:["En del af reglerne kan aldrig opfyldes:","Part of the rules can never be matched:"],where:["gruppe {g}, regel {r}","group {g}, rule {r}"],rulesLabel:["Regler","Rules"]});function ye(t){let e=t.types[0];return{type:e?.type??"age",cond:e?.conds[0]?.value??"",value:""}}function ht(t,e,n,r,o){let s=t.reduce((i,b)=>i+b.rules.length,0),a=s>=e.maxRules,d=i=>e.types.find(b=>b.type===i.type),l=(i,b,w)=>`rules.groups[${i}].rules[${b}].${w}`,p=i=>{let b=/^rules\.groups\[(\d+)\](?:\.rules\[(\d+)\])?/.exec(i);return b?b[2]===void 0?T("group",{n:Number(b[1])+1}):`${T("group",{n:Number(b[1])+1})}, ${T("rule",{n:Number(b[2])+1}).toLowerCase()}`:""},m=(i,b,w,S,C,z=!1)=>(r.label(i,`${p(i)}: ${b}`),c`<div class="form-group ${r.invalid(i)?"form-error":""}">
    <label class="form-label" for=${r.id(i)}>${b}</label>
    ${r.error(i)}
    <select class="form-select" id=${r.id(i)} aria-invalid=${r.invalid(i)?"true":"false"} aria-describedby=${r.invalid(i)?`${r.id(i)}-error`:g}
      @change=${te=>{C(te.target.value),o()}}>
      ${z?c`<option value="" ?selected=${w===""}>${T("choose")}</option>`:g}
      ${S.map(te=>c`<option value=${te.value} ?selected=${te.value===w}>${ve(te.name)}</option>`)}
    </select>
  </div>`),$=(i,b,w)=>{let S=d(w),C=l(i,b,"value");return r.label(C,`${p(C)}: ${T("value")}`),S?.criterion==="list"?S.values.length===0?c`<div class="form-group"><p class="form-label">${T("value")}</p><p class="form-hint">${T("noValues")}</p></div>`:m(C,T("value"),w.value,S.values,z=>w.value=z,!0):c`<div class="form-group ${r.invalid(C)?"form-error":""}">
      <label class="form-label" for=${r.id(C)}>${T("value")}</label>
      ${r.error(C)}
      <input class="form-input ${S?.criterion==="number"?"input-width-xs":""}" id=${r.id(C)} type=${S?.criterion==="number"?"number":"text"}
        inputmode=${S?.criterion==="number"?"numeric":g} .value=${w.value}
        aria-invalid=${r.invalid(C)?"true":"false"} aria-describedby=${r.invalid(C)?`${r.id(C)}-error`:g}
        @input=${z=>{w.value=z.target.value,o()}} />
    </div>`},v=(i,b,w,S)=>c`<li class="planner-rule" data-rule=${`${b}.${S}`}>
    <fieldset>
      <legend class="sr-only">${T("group",{n:b+1})}, ${T("rule",{n:S+1})}</legend>
      ${m(l(b,S,"type"),T("type"),w.type,e.types.map(C=>({value:C.type,name:C.name})),C=>{w.type=C;let z=d(w);w.cond=z?.conds[0]?.value??"",w.value=""})}
      ${m(l(b,S,"cond"),T("cond"),w.cond,d(w)?.conds??[],C=>w.cond=C)}
      ${$(b,S,w)}
      <button class="button button-tertiary planner-remove" type="button" ?disabled=${s<=1}
        aria-label=${T("removeRule",{r:S+1,g:b+1})} @click=${()=>{i.rules.splice(S,1),i.rules.length===0&&t.splice(b,1),o()}}>−</button>
    </fieldset>
  </li>`,x=(i,b)=>c`<fieldset class="planner-rule-group" data-group=${String(b)}>
    <legend class="h4">${T("group",{n:b+1})}</legend>
    ${r.error(`rules.groups[${b}].rules`)}
    <div class="planner-rule-head">
      ${b>0?m(`rules.groups[${b}].join`,T("join"),i.join??"and",[{value:"and",name:{da:"Og",en:"And"}},{value:"or",name:{da:"Eller",en:"Or"}}],w=>i.join=w):g}
      ${m(`rules.groups[${b}].match`,T("match"),i.match,[{value:"all",name:{da:T("all"),en:T("all")}},{value:"any",name:{da:T("any"),en:T("any")}}],w=>i.match=w)}
    </div>
    <ol class="planner-rules no-max-width">
      ${i.rules.map((w,S)=>v(i,b,w,S))}
    </ol>
    <div class="planner-buttons">
      <button class="button button-secondary" type="button" ?disabled=${a} @click=${()=>{i.rules.push(ye(e)),o()}}>${T("addRule")}<span class="sr-only"> (${T("group",{n:b+1})})</span></button>
      ${t.length>1?c`<button class="button button-tertiary" type="button" @click=${()=>{t.splice(b,1),t[0]&&delete t[0].join,o()}}>${T("removeGroup",{g:b+1})}</button>`:g}
    </div>
  </fieldset>`,I=i=>{let b=/^groups\[(\d+)\]\.rules\[(\d+)\]$/.exec(i);return b?T("where",{g:Number(b[1])+1,r:Number(b[2])+1}):i},f=()=>{if(n.pending)return c`<p>${T("checking")}</p>`;if(!n.description)return c`<p class="form-hint">${T("incomplete")}</p>`;let i=n.contradictions??[];return c`<p class="planner-sentence" data-sentence>${ve(n.description)}</p>
      ${i.length>0?c`<div class="alert alert-warning" data-contradictions>
            <div class="alert-body">
              <p class="alert-heading">${T("contradictions")}</p>
              <p class="alert-text">${n.neverMatches?T("never"):T("some")}</p>
              <ul class="alert-text">
                ${i.map(b=>c`<li>${b.rules.map(I).join(", ")}: ${b.reason}</li>`)}
              </ul>
            </div>
          </div>`:g}`};return r.label("rules.groups",T("rulesLabel")),c`<p>${T("intro",{max:e.maxRules})}</p>
    ${r.error("rules.groups")}
    ${t.map(x)}
    <div class="planner-buttons">
      <button class="button button-secondary" type="button" ?disabled=${a} @click=${()=>{t.push({join:"and",match:"all",rules:[ye(e)]}),o()}}>${T("addGroup")}</button>
      <span class="form-hint" data-rule-count>${T("count",{n:s,max:e.maxRules})}</span>
    </div>
    <section class="planner-rules-live" aria-labelledby="sentence-h">
      <h3 id="sentence-h" class="h4">${T("sentence")}</h3>
      <div aria-live="polite">${f()}</div>
    </section>`}var h=E({details:["Detaljer","Details"],name:["Navn på tilbud","Name of the offer"],nameHint:["Vises for borgeren på Jobnet. Angiv fx målgruppe eller sagsbehandlers navn.","Shown to the citizen on Jobnet, e.g. with the target group or the advisor's name."],nameLocked:["Et fællesmødes navn kan ikke ændres.","The name of a group offer cannot change."],description:["Beskrivelse af tilbud","Description of the offer"],descHint:["Højst 500 tegn, uden formatering. {n} tegn skrevet.","At most 500 characters, no formatting. {n} characters written."],template:["Indkaldelseskabelon","Summons template"],templateHint:["En skabelon udfylder de næste felter; alle felter kan rettes bagefter.","A template fills in the next fields; every field can be changed afterwards."],noTemplate:["Ingen skabelon","No template"],meeting:["Samtaledetaljer","Meeting details"],meetingType:["Samtaletype","Meeting type"],variant:["Samtaletypevariant (valgfri)","Variant (optional)"],form:["Mødeform","Meeting form"],formLocked:["Mødeformen kan ikke ændres, når tilbuddet er oprettet.","The meeting form cannot change once the offer exists."],channel:["Afholdelsesform","Channel"],caller:["Kontaktansvarlig","Who calls"],phone:["Telefonnummer, borgeren ringer til","The number the citizen calls"],phoneHint:["Tomt: vejlederens nummer, ellers teamets.","Empty: the advisor's number, else the team's."],duration:["Møde varighed og start","Duration and start"],minutes:["Varighed (antal minutter)","Duration (minutes)"],reporting:["Afrapportering (antal minutter)","Reporting time (minutes)"],starts:["Mulige starttider for mødet (minuttal)","Possible start minutes"],startsHint:["Vælges fx 15 og 45, kan borgeren booke kl. 11:15, 11:45, 12:15 osv.","Choosing 15 and 45 lets the citizen book 11:15, 11:45, 12:15 and so on."],period:["Tilbudsperiode","Offer period"],firstMeeting:["Første mødedato","First meeting date"],fixedEnd:["Fast slutdato (valgfri)","Fixed end date (optional)"],rolling:["Løbende slutdato: tilbud åbent antal uger fra dags dato (valgfri, 0 = ingen)","Rolling end: weeks ahead from the day of booking (optional, 0 = none)"],opensOn:["Tilbud åbnes for booking","Opens for booking on"],resources:["Ressourcer","Resources"],team:["Team","Team"],choose:["Vælg her","Choose"],room:["Mødelokale (valgfrit)","Meeting room (optional)"],noRoom:["Intet lokale","No room"],advisors:["Vejledere","Advisors"],chooses:["Borgeren kan vælge vejleder til mødet","The citizen may choose the advisor"],otherActor:["Tilbud til borgere henvist til anden aktør","Offer for citizens referred to an other actor"],booking:["Booking og ombooking","Booking and rebooking"],acceptCancel:["Accepter afbud","Accept cancellation"],rebook:["Accepter ombooking","Accept rebooking"],no:["Nej","No"],yesUntil:["Ja – frem til et antal dage før samtaledato","Yes – until a number of days before the meeting"],days:["Antal dage før samtaledato","Days before the meeting"],sessions:["Fællesmøder","Group sessions"],session:["Møde {n}","Session {n}"],date:["Dato","Date"],time:["Tidspunkt","Time"],sessionRoom:["Mødelokale","Room"],offerRoom:["Tilbuddets lokale","The offer's room"],seats:["Antal pladser","Seats"],fromRoom:["Antal borgere pr. møde bestemmes af mødelokalets størrelse","The room's capacity gives the seats"],given:["Angiv antal indkaldelser pr. fællesmøde","Give the number of summonses per session"],seatCount:["Antal indkaldelser","Number of summonses"],rebookSeats:["Antal pladser til ombooking","Seats kept for rebooking"],addSession:["Tilføj møde","Add session"],removeSession:["Fjern møde {n}","Remove session {n}"],noSessions:["Ingen møder endnu.","No sessions yet."]}),de=t=>{let e=t.target.value;return e===""?0:Number(e)},X=t=>t.target.value;function j(t,e,n,r,o,s={}){let a=t.id(e);t.label(e,n);let d=[s.hint?`${a}-hint`:"",t.invalid(e)?`${a}-error`:""].filter(Boolean).join(" ");return c`<div class=${t.cls(e)}>
    <label class="form-label" for=${a}>${n}</label>
    ${s.hint?c`<span class="form-hint" id="${a}-hint">${s.hint}</span>`:g} ${t.error(e)}
    <input class="form-input ${s.cls??""}" id=${a} type=${s.type??"text"} .value=${String(r??"")} ?disabled=${s.disabled} list=${s.list??g}
      inputmode=${s.type==="number"?"numeric":g} aria-invalid=${t.invalid(e)?"true":"false"} aria-describedby=${d||g}
      @input=${l=>{o(l)}} />
  </div>`}function we(t,e,n,r,o,s,a=!1,d=""){let l=t.id(e);return t.label(e,n),c`<div class=${t.cls(e)}>
    <fieldset aria-describedby=${[d?`${l}-hint`:"",t.invalid(e)?`${l}-error`:""].filter(Boolean).join(" ")||g}>
      <legend class="form-label">${n}</legend>
      ${d?c`<span class="form-hint" id="${l}-hint">${d}</span>`:g} ${t.error(e)}
      ${o.map(([p,m],$)=>c`<div class="form-group-radio">
          <input type="radio" class="form-radio" name=${l} id=${$===0?l:`${l}-${p}`} value=${p} .checked=${r===p} ?disabled=${a}
            @change=${()=>{s(p),t.redraw()}} />
          <label class="form-label" for=${$===0?l:`${l}-${p}`}>${m}</label>
        </div>`)}
    </fieldset>
  </div>`}function ke(t,e,n,r,o,s=t.id(e)){return c`<div class="form-group-checkbox">
    <input type="checkbox" class="form-checkbox" id=${s} .checked=${r} @change=${a=>{o(a.target.checked),t.redraw()}} />
    <label class="form-label" for=${s}>${n}</label>
  </div>`}function bt(t,e,n,r,o,s){let a=t.id(e);return t.label(e,n),c`<div class=${t.cls(e)}>
    <fieldset aria-describedby=${t.described(e)}>
      <legend class="form-label">${n}</legend>
      ${t.error(e)}
      <div class="planner-checkbox-columns">
        ${o.map((d,l)=>ke(t,e,d.name,r.includes(d.id),p=>s(p?[...r,d.id]:r.filter(m=>m!==d.id)),l===0?a:`${a}-${d.id}`))}
      </div>
    </fieldset>
  </div>`}function vt(t,e,n,r,o,s){let a=o&&t.form==="group";return e.label("description",h("description")),c`<fieldset>
      <legend class="h3">${h("details")}</legend>
      ${j(e,"name",h("name"),t.name,d=>t.name=X(d),{hint:h(a?"nameLocked":"nameHint"),disabled:a})}
      <div class=${e.cls("description")}>
        <label class="form-label" for=${e.id("description")}>${h("description")}</label>
        <span class="form-hint" id="${e.id("description")}-hint" data-chars>${h("descHint",{n:[...t.description].length})}</span>
        ${e.error("description")}
        <textarea class="form-input" id=${e.id("description")} rows="4" .value=${t.description}
          aria-invalid=${e.invalid("description")?"true":"false"}
          aria-describedby=${[`${e.id("description")}-hint`,e.invalid("description")?`${e.id("description")}-error`:""].filter(Boolean).join(" ")}
          @input=${d=>{t.description=d.target.value,e.redraw()}}></textarea>
      </div>
    </fieldset>
    ${n.length>0?c`<fieldset>
          <legend class="h3">${h("template")}</legend>
          <div class="form-group">
            <label class="form-label" for="f-template">${h("template")}</label>
            <span class="form-hint" id="f-template-hint">${h("templateHint")}</span>
            <select class="form-select" id="f-template" aria-describedby="f-template-hint" @change=${d=>{let l=Number(d.target.value);s(n.find(p=>p.id===l))}}>
              <option value="">${h("noTemplate")}</option>
              ${n.map(d=>c`<option value=${String(d.id)} ?selected=${t.templateId===d.id}>${d.name}</option>`)}
            </select>
          </div>
        </fieldset>`:g}
    <fieldset>
      <legend class="h3">${h("meeting")}</legend>
      ${j(e,"meetingType",h("meetingType"),t.meetingType,d=>t.meetingType=X(d),{list:"meeting-types"})}
      <datalist id="meeting-types">${r.map(d=>c`<option value=${d}></option>`)}</datalist>
      ${j(e,"variant",h("variant"),t.variant??"",d=>t.variant=X(d))}
      ${we(e,"form",h("form"),t.form,[["individual",W("individual")],["group",W("group")]],d=>{t.form=d,t.form==="group"&&delete t.caller},o,o?h("formLocked"):"")}
      ${we(e,"channel",h("channel"),t.channel,[["digital",B("digital")],["in_person",B("in_person")],["phone",B("phone")]],d=>{t.channel=d,t.channel==="phone"&&t.form==="individual"?t.caller??="advisor_calls":delete t.caller})}
      ${t.channel==="phone"&&t.form==="individual"?c`${we(e,"caller",h("caller"),t.caller??"",[["advisor_calls",oe("advisor_calls")],["citizen_calls",oe("citizen_calls")]],d=>t.caller=d)}
          ${t.caller==="citizen_calls"?j(e,"phone",h("phone"),t.phone??"",d=>t.phone=X(d),{type:"tel",hint:h("phoneHint"),cls:"input-width-s"}):g}`:g}
    </fieldset>`}function yt(t,e,n){let r=t.form==="individual",o=t.startMinutes??[];return e.label("startMinutes",h("starts")),e.label("teamId",h("team")),e.label("sessions",h("sessions")),c`<fieldset>
      <legend class="h3">${h("duration")}</legend>
      ${j(e,"durationMinutes",h("minutes"),t.durationMinutes,s=>t.durationMinutes=de(s),{type:"number",cls:"input-width-xs"})}
      ${j(e,"reportingMinutes",h("reporting"),t.reportingMinutes,s=>t.reportingMinutes=de(s),{type:"number",cls:"input-width-xs"})}
      ${r?c`<div class=${e.cls("startMinutes")}>
            <fieldset aria-describedby="${e.id("startMinutes")}-hint${e.invalid("startMinutes")?` ${e.id("startMinutes")}-error`:""}">
              <legend class="form-label">${h("starts")}</legend>
              <span class="form-hint" id="${e.id("startMinutes")}-hint">${h("startsHint")}</span>
              ${e.error("startMinutes")}
              <div class="planner-checkbox-columns">
                ${[0,15,20,30,40,45].map((s,a)=>ke(e,"startMinutes",String(s).padStart(2,"0"),o.includes(s),d=>{t.startMinutes=d?[...o,s].sort((l,p)=>l-p):o.filter(l=>l!==s)},a===0?e.id("startMinutes"):`${e.id("startMinutes")}-${s}`))}
              </div>
            </fieldset>
          </div>`:g}
    </fieldset>
    <fieldset>
      <legend class="h3">${h("period")}</legend>
      ${r?j(e,"firstMeetingDate",h("firstMeeting"),t.firstMeetingDate,s=>t.firstMeetingDate=X(s),{type:"date",cls:"input-width-s"}):g}
      ${j(e,"fixedEnd",h("fixedEnd"),t.fixedEnd,s=>t.fixedEnd=X(s),{type:"date",cls:"input-width-s"})}
      ${j(e,"rollingWeeks",h("rolling"),t.rollingWeeks??0,s=>t.rollingWeeks=de(s),{type:"number",cls:"input-width-xs"})}
      ${j(e,"opensOn",h("opensOn"),t.opensOn,s=>t.opensOn=X(s),{type:"date",cls:"input-width-s"})}
    </fieldset>
    <fieldset>
      <legend class="h3">${h("resources")}</legend>
      <div class=${e.cls("teamId")}>
        <label class="form-label" for=${e.id("teamId")}>${h("team")}</label>
        ${e.error("teamId")}
        <select class="form-select" id=${e.id("teamId")} aria-invalid=${e.invalid("teamId")?"true":"false"} aria-describedby=${e.described("teamId")}
          @change=${s=>t.teamId=Number(s.target.value)}>
          <option value="0">${h("choose")}</option>
          ${n.teams.map(s=>c`<option value=${String(s.id)} ?selected=${t.teamId===s.id}>${s.name}</option>`)}
        </select>
      </div>
      <div class=${e.cls("roomId")}>
        <label class="form-label" for=${e.id("roomId")}>${h("room")}</label>
        ${e.error("roomId")}
        <select class="form-select" id=${e.id("roomId")} @change=${s=>t.roomId=Number(s.target.value)||void 0}>
          <option value="0">${h("noRoom")}</option>
          ${n.rooms.map(s=>c`<option value=${String(s.id)} ?selected=${t.roomId===s.id}>${s.name} (${s.capacity})</option>`)}
        </select>
      </div>
      ${bt(e,"advisors",h("advisors"),t.advisors,n.advisors,s=>t.advisors=s)}
      ${r?ke(e,"citizenChoosesAdvisor",h("chooses"),t.citizenChoosesAdvisor,s=>t.citizenChoosesAdvisor=s):g}
      ${ke(e,"otherActor",h("otherActor"),t.otherActor,s=>t.otherActor=s)}
    </fieldset>
    ${r?g:Ht(t,e,n)}
    <fieldset>
      <legend class="h3">${h("booking")}</legend>
      ${ke(e,"terms.acceptCancel",h("acceptCancel"),t.terms.acceptCancel,s=>t.terms.acceptCancel=s)}
      ${we(e,"terms.acceptRebook",h("rebook"),t.terms.acceptRebook?"yes":"no",[["no",h("no")],["yes",h("yesUntil")]],s=>t.terms.acceptRebook=s==="yes")}
      ${t.terms.acceptRebook?j(e,"terms.rebookDaysBefore",h("days"),t.terms.rebookDaysBefore,s=>t.terms.rebookDaysBefore=de(s),{type:"number",cls:"input-width-xs"}):g}
    </fieldset>`}var $t=new WeakMap;function Ht(t,e,n){let r=t.sessions??=[],o=(s,a)=>{let d=`sessions[${a}]`,l=$t.get(s)??(s.start?Be(s.start):["",""]);$t.set(s,l);let[p,m]=l,$=(v,x)=>{l[v]=x,s.start=l[0]&&l[1]?pt(l[0],l[1]):""};return c`<li class="planner-session">
      <fieldset>
        <legend class="h4">${h("session",{n:a+1})}</legend>
        <div class="planner-row">
          ${j(e,`${d}.start`,h("date"),p,v=>$(0,X(v)),{type:"date",cls:"input-width-s"})}
          ${j(e,`${d}.time`,h("time"),m,v=>$(1,X(v)),{type:"time",cls:"input-width-xs"})}
        </div>
        ${bt(e,`${d}.advisors`,h("advisors"),s.advisors,n.advisors,v=>s.advisors=v)}
        <div class=${e.cls(`${d}.roomId`)}>
          <label class="form-label" for=${e.id(`${d}.roomId`)}>${h("sessionRoom")}</label>
          ${e.error(`${d}.roomId`)}
          <select class="form-select" id=${e.id(`${d}.roomId`)} aria-describedby=${e.described(`${d}.roomId`)} @change=${v=>s.roomId=Number(v.target.value)||void 0}>
            <option value="0">${h("offerRoom")}</option>
            ${n.rooms.map(v=>c`<option value=${String(v.id)} ?selected=${s.roomId===v.id}>${v.name} (${v.capacity})</option>`)}
          </select>
        </div>
        ${we(e,`${d}.seatsFromRoom`,h("seats"),s.seatsFromRoom?"room":"given",[["room",h("fromRoom")],["given",h("given")]],v=>s.seatsFromRoom=v==="room")}
        ${s.seatsFromRoom?g:j(e,`${d}.seats`,h("seatCount"),s.seats??0,v=>s.seats=de(v),{type:"number",cls:"input-width-xs"})}
        ${j(e,`${d}.rebookSeats`,h("rebookSeats"),s.rebookSeats,v=>s.rebookSeats=de(v),{type:"number",cls:"input-width-xs"})}
        <button class="button button-tertiary" type="button" @click=${()=>{r.splice(a,1),e.redraw()}}>${h("removeSession",{n:a+1})}</button>
      </fieldset>
    </li>`};return c`<fieldset>
    <legend class="h3">${h("sessions")}</legend>
    ${e.error("sessions")}
    ${r.length===0?c`<p id=${e.id("sessions")} tabindex="-1">${h("noSessions")}</p>`:g}
    <ol class="planner-sessions no-max-width">${r.map(o)}</ol>
    <button class="button button-secondary" type="button" @click=${()=>{r.push({start:"",advisors:[...t.advisors],seatsFromRoom:!1,seats:10,rebookSeats:0}),e.redraw()}}>${h("addSession")}</button>
  </fieldset>`}var A=E({intro:["Du kan stadig ændre dine valg ved at gå tilbage til et af de foregående trin.","You can still change your choices by going back to one of the previous steps."],s1:["Tilbudstype","Offer type"],s2:["Tid","Time"],s3:["Deltagere","Participants"],change:["Ret {step}","Change {step}"],name:["Titel","Title"],description:["Beskrivelse","Description"],meetingType:["Samtaletype","Meeting type"],variant:["Samtaletypevariant","Variant"],form:["Mødeform","Meeting form"],channel:["Afholdelsesform","Channel"],caller:["Kontaktansvarlig","Who calls"],duration:["Varighed","Duration"],reporting:["Afrapportering","Reporting time"],minutes:["{n} minutter","{n} minutes"],starts:["Mulige starttider","Start minutes"],firstMeeting:["Første mødedato","First meeting date"],fixedEnd:["Fast slutdato","Fixed end date"],rolling:["Løbende slutdato","Rolling end"],weeks:["{n} uger fra dags dato","{n} weeks from the day of booking"],opensOn:["Første dato tilbuddet kan bookes","First date the offer can be booked"],team:["Team","Team"],room:["Mødelokale","Meeting room"],advisors:["Vejledere","Advisors"],chooses:["Borgeren kan vælge vejleder","The citizen may choose the advisor"],otherActor:["Til borgere henvist til anden aktør","For citizens referred to an other actor"],cancel:["Accepter afbud","Accept cancellation"],rebook:["Accepter ombooking","Accept rebooking"],rebookUntil:["Ja, frem til {n} dage før samtaledato","Yes, until {n} days before the meeting"],sessions:["Fællesmøder","Group sessions"],seatsRoom:["pladser efter lokalets størrelse","seats from the room's capacity"],seatsN:["{n} pladser","{n} seats"],rebookSeats:["{n} til ombooking","{n} for rebooking"],rules:["Regler","Rules"],ruleCount:["Antal regler","Number of rules"],contradictions:["Reglerne modsiger hinanden delvist – se trin 3.","The rules partly contradict each other – see step 3."],yes:["Ja","Yes"],no:["Nej","No"]}),_=(t,e)=>c`<div><dt>${t}</dt><dd>${e===""||e===void 0||e===null?"–":e}</dd></div>`;function kt(t,e,n,r,o){let s=p=>A(p?"yes":"no"),a=(p,m)=>c`<section class="planner-summary-part" aria-labelledby="sum-${p}">
    <div class="planner-summary-head">
      <h3 id="sum-${p}">${A(`s${p}`)}</h3>
      <button class="button button-tertiary" type="button" @click=${()=>o(p)}>${A("change",{step:A(`s${p}`).toLowerCase()})}</button>
    </div>
    <dl class="planner-details">${m}</dl>
  </section>`,d=t.form==="individual",l=t.rules.groups.reduce((p,m)=>p+m.rules.length,0);return c`<p>${A("intro")}</p>
    ${a(1,c`${_(A("name"),t.name)} ${_(A("description"),c`<span class="planner-pre">${t.description}</span>`)}
      ${_(A("meetingType"),t.meetingType)} ${_(A("variant"),t.variant)} ${_(A("form"),W(t.form))} ${_(A("channel"),B(t.channel))}
      ${t.caller?_(A("caller"),oe(t.caller)+(t.caller==="citizen_calls"&&t.phone?` (${t.phone})`:"")):g}`)}
    ${a(2,c`${_(A("duration"),A("minutes",{n:t.durationMinutes}))} ${_(A("reporting"),A("minutes",{n:t.reportingMinutes}))}
      ${d?_(A("starts"),(t.startMinutes??[]).map(p=>String(p).padStart(2,"0")).join(", ")):g}
      ${d?_(A("firstMeeting"),ee(t.firstMeetingDate)):g} ${_(A("fixedEnd"),ee(t.fixedEnd))}
      ${_(A("rolling"),t.rollingWeeks?A("weeks",{n:t.rollingWeeks}):"")} ${_(A("opensOn"),ee(t.opensOn))}
      ${_(A("team"),Y(e.teams,t.teamId))} ${_(A("room"),Y(e.rooms,t.roomId))}
      ${_(A("advisors"),t.advisors.map(p=>Y(e.advisors,p)).join(", "))}
      ${d?_(A("chooses"),s(t.citizenChoosesAdvisor)):g} ${_(A("otherActor"),s(t.otherActor))}
      ${d?g:_(A("sessions"),c`<ul class="planner-plain-list">
            ${(t.sessions??[]).map(p=>c`<li>${q(p.start)}: ${p.advisors.map(m=>Y(e.advisors,m)).join(", ")}${p.roomId?`, ${Y(e.rooms,p.roomId)}`:""};
                ${p.seatsFromRoom?A("seatsRoom"):A("seatsN",{n:p.seats??0})}, ${A("rebookSeats",{n:p.rebookSeats})}</li>`)}
          </ul>`)}
      ${_(A("cancel"),s(t.terms.acceptCancel))} ${_(A("rebook"),t.terms.acceptRebook?A("rebookUntil",{n:t.terms.rebookDaysBefore}):A("no"))}`)}
    ${a(3,c`${_(A("rules"),c`<span data-summary-sentence>${ve(r.description)}</span>`)} ${_(A("ruleCount"),l)}
      ${r.contradictions?.length?_("",c`<span class="planner-warning-text">${A("contradictions")}</span>`):g}`)}`}var N=E({create:["Opret onlinetilbud","Create online offer"],edit:["Rediger onlinetilbud","Edit online offer"],steps:["Trin","Steps"],stepOf:["Trin {n} af {total}","Step {n} of {total}"],s1:["Tilbudstype","Offer type"],s2:["Tid","Time"],s3:["Deltagere","Participants"],s4:["Opsummering","Summary"],done:["gennemført","completed"],failed:["fejl","error"],back:["Tilbage","Back"],next:["Næste","Next"],save:["Gem tilbud","Save offer"],cancel:["Annuller","Cancel"],errors:["Der er fejl i trin {n}: {step}","There is an error in step {n}: {step}"],saved:["Tilbuddet er gemt.","The offer is saved."]}),ce,wt=t=>/^(name|description|templateId|meetingType|variant|form|channel|caller|phone)\b/.test(t)?1:t.startsWith("rules")?3:2;function Lt(t){let e=ct(new Date);return{name:"",description:"",meetingType:"",variant:"",form:"individual",channel:"in_person",durationMinutes:30,reportingMinutes:0,startMinutes:[0,30],firstMeetingDate:e,fixedEnd:"",rollingWeeks:0,opensOn:e,teamId:0,advisors:[],citizenChoosesAdvisor:!1,otherActor:!1,terms:{acceptCancel:!0,acceptRebook:!1,rebookDaysBefore:0},sessions:[],rules:{groups:[{match:"all",rules:[ye(t)]}]},active:!0}}function ze(t){let e=structuredClone(t);e.form==="group"?(delete e.startMinutes,e.citizenChoosesAdvisor=!1):delete e.sessions,e.form==="individual"&&e.channel==="phone"||delete e.caller,e.caller||delete e.caller,e.caller!=="citizen_calls"&&delete e.phone,e.roomId||delete e.roomId,e.templateId||delete e.templateId,e.terms.acceptRebook||(e.terms.rebookDaysBefore=0);for(let n of["durationMinutes","reportingMinutes","rollingWeeks"])Number.isFinite(e[n])||(e[n]=0);for(let n of e.sessions??[])n.start||(n.start="0001-01-01T00:00:00Z");return e.rules.groups.forEach((n,r)=>r===0?delete n.join:n.join??="and"),e}async function At(t,e){let n={teams:[],advisors:[],rooms:[]},r={types:[],maxRules:30},o=[],s=[],a,d,l=1,p=1,m,$=0,v=!1,x={pending:!1},I=0,f=0,i=!1,b=u=>{if(!(m instanceof P)||m.fields.length===0)return"";let y=m.fields[0].field;return y===u||new RegExp(`^${u.replace(/[.[\]]/g,"\\$&")}\\[\\d+\\]$`).test(y)?y:""},w={id:u=>"f-"+u.replace(/[^A-Za-z0-9]+/g,"-").replace(/-$/,""),error:u=>{let y=b(u);return y?dt(m,y,w.id(u)):g},invalid:u=>b(u)!=="",cls:u=>b(u)?"form-group form-error":"form-group",described:u=>b(u)?`${w.id(u)}-error`:g,redraw:()=>Z(),label:(u,y)=>S.set(u,y)},S=new Map,C=u=>N(`s${u}`),z=()=>{if(!(m instanceof P)||m.fields.length===0)return;let u=m.fields[0].field;for(;;){let y=document.getElementById(w.id(u));if(y)return y.focus();let D=u.replace(/(\[\d+\]|\.[^.[\]]+)$/,"");if(D===u)break;u=D}t.main.querySelector(".planner-error-summary")?.focus()},te=u=>{for(let y=u;;){let D=S.get(y);if(D)return`${D}: `;let H=y.replace(/(\[\d+\]|\.[^.[\]]+)$/,"");if(H===y)return"";y=H}},St=()=>{if(!(m instanceof P))return J(m);let u=m.fields[0]?.field;return u?c`<div class="alert alert-error planner-error-summary" role="alert" tabindex="-1">
      <div class="alert-body">
        <p class="alert-heading">${N("errors",{n:$,step:C($)})}</p>
        <ul class="alert-text nobullet-list">
          <li><a href="#${w.id(u)}" @click=${y=>{y.preventDefault(),z()}}>${te(u)}${m.detail||m.title}</a></li>
        </ul>
      </div>
    </div>`:J(m)},_t=()=>c`<nav aria-label=${N("steps")}>
    <p class="step-subheading d-md-none">${N("stepOf",{n:l,total:4})}</p>
    <ol class="step-indicator d-none d-md-flex">
      ${[1,2,3,4].map(u=>{let y=u>p,D=m instanceof P&&$===u,H=[u===l?"current":"",y?"disabled":"",D?"error":""].join(" ").trim(),U=c`<span class="step-number"><span>${u}</span></span>
          <div>
            <span class="step-title">${C(u)}</span>
            ${D?c`<span class="sr-only"> (${N("failed")})</span>`:u<p&&u!==l?c`<span class="sr-only"> (${N("done")})</span>`:g}
          </div>`;return c`<li class=${H}>
          ${y?c`<div class="step">${U}</div>`:c`<a class="step" href="#trin-${u}" aria-current=${u===l?"step":g} @click=${F=>{F.preventDefault(),Ae(u)}}>${U}</a>`}
        </li>`})}
    </ol>
  </nav>`,Ct=u=>{switch(l){case 1:return vt(u,w,o,s,e!==void 0,y=>Mt(u,y));case 2:return yt(u,w,n);case 3:return ht(u.rules.groups,r,x,w,()=>{Z(),Ue()});default:return kt(u,n,r,x,y=>void Ae(y))}},Z=()=>{let u=a;S.clear();let y=u?Ct(u):g;L(c`<h1>${N(e===void 0?"create":"edit")}${u&&e!==void 0?c`: ${u.name}`:g}</h1>
        ${u?c`${_t()} ${St()}
              <form class="planner-wizard" novalidate @submit=${D=>{D.preventDefault(),l<4?Ae(l+1):Et()}}>
                <h2 id="step-h" tabindex="-1">${N("stepOf",{n:l,total:4})}: ${C(l)}</h2>
                ${y}
                <div class="planner-buttons planner-wizard-nav">
                  ${l>1?c`<button class="button button-secondary" type="button" @click=${()=>void Ae(l-1)}>${N("back")}</button>`:g}
                  <button class="button button-primary" type="submit" ?disabled=${v}>${l<4?N("next"):N("save")}</button>
                  <a class="button button-tertiary" href=${e===void 0?"/tilbud":`/tilbud/${e}`}>${N("cancel")}</a>
                </div>
              </form>`:J(d)}`,t.main)};function Mt(u,y){if(u.templateId=y?.id,!y)return Z();let D=y.fields,H=u;for(let[U,F]of Object.entries(D)){if(["id","jobcenterId","changedAt","changedBy","active","templateId"].includes(U))continue;let Se=Array.isArray(F)?F.length>0:F!==""&&F!==0&&F!==null&&F!==void 0&&F!==!1;U==="rules"&&!F?.groups?.length||U==="terms"&&JSON.stringify(F)===JSON.stringify({acceptCancel:!1,acceptRebook:!1,rebookDaysBefore:0})||Se&&(H[U]=structuredClone(F))}Z()}let We=async u=>{if(u===4||!a)return!0;try{let y=await le(`/api/offers/validate?step=${u}`,ze(a));return u===3&&(x={pending:!1,description:y.description,contradictions:y.contradictions,neverMatches:y.neverMatches}),$===u&&(m=void 0,$=0),!0}catch(y){return m=y,$=y instanceof P&&y.fields[0]?wt(y.fields[0].field):u,u===3&&(x={pending:!1}),!1}};async function Ae(u){if(!a||v)return;v=!0;let y=!0;if(u>l)for(let H=l;H<u&&y;H++)y=await We(H),y||(u=H);if(v=!1,t.signal.aborted)return;let D=u!==l;l=u,p=Math.max(p,y?u:p),Z(),y?D&&(document.getElementById("step-h")?.focus(),K(`${N("stepOf",{n:l,total:4})}: ${C(l)}`)):(z(),K(m instanceof P?m.detail||m.title:"")),y&&l===3&&Ue(0)}function Ue(u=400){window.clearTimeout(I),x={...x,pending:!0};let y=++f;I=window.setTimeout(async()=>{!a||t.signal.aborted||(await We(3),!(y!==f||t.signal.aborted)&&Z())},u),t.signal.addEventListener("abort",()=>window.clearTimeout(I),{once:!0})}async function Et(){if(!(!a||v)){v=!0,Z();try{let u=e===void 0?await le("/api/offers",ze(a)):await ot(`/api/offers/${e}`,ze(a));v=!1,i=!0,K(N("saved")),t.navigate(`/tilbud/${u.id}`);return}catch(u){v=!1,m=u,$=u instanceof P&&u.fields[0]?wt(u.fields[0].field):4,$!==4&&(l=$),Z(),z()}}}t.signal.addEventListener("abort",()=>{a&&!i&&(ce={path:location.pathname,at:Date.now(),draft:a,step:l,reached:p})});try{let[u,y,D,H,U]=await Promise.all([xe(),M("/api/rule-types"),M("/api/templates"),M("/api/offers"),e===void 0?Promise.resolve(void 0):M(`/api/offers/${e}`)]);n=u,r=y,o=D.templates,s=[...new Set(H.offers.map(F=>F.meetingType).filter(Boolean))].sort((F,Se)=>F.localeCompare(Se,"da")),a=U??Lt(r),a.terms??={acceptCancel:!1,acceptRebook:!1,rebookDaysBefore:0},a.sessions??=[],a.startMinutes??=[],a.rules?.groups?.length||(a.rules={groups:[{match:"all",rules:[ye(r)]}]}),U&&(p=4),ce&&ce.path===location.pathname&&Date.now()-ce.at<1500&&({draft:a,step:l,reached:p}=ce),ce=void 0}catch(u){d=u}Z()}var Tt={path:"/tilbud/ny",title:()=>N("create"),render:t=>At(t)},Rt={path:"/tilbud/:id/rediger",title:()=>N("edit"),render:t=>At(t,Number(t.params.id))};var Ge=[ut,gt,Tt,Rt,mt];var O=E({"nav.label":["Hovedmenu","Main menu"],"nav.front":["Forside","Front page"],"nav.calendar":["Kalender","Calendar"],"nav.offers":["Onlinetilbud","Online offers"],"nav.pending":["Afventerliste","Pending list"],"nav.followUp":["Opfølgningsliste","Follow-up list"],"nav.freeTimes":["Ledige tider","Free times"],"nav.search":["Søg","Search"],"nav.connections":["Kalenderforbindelser","Calendar connections"],"nav.admin":["Administration","Administration"],signout:["Log af","Sign out"],"lang.other":["English","Dansk"],"notFound.title":["Siden findes ikke","Page not found"],"notFound.body":["Siden findes ikke, eller du har ikke adgang til den.","The page does not exist, or you may not open it."],"notFound.front":["Gå til forsiden","Go to the front page"],"role.admin":["administrator","administrator"],"role.advisor":["vejleder","advisor"],"role.operator":["drift","operator"]}),Bt=[{path:"/",label:()=>O("nav.front")},{path:"/kalender",label:()=>O("nav.calendar")},{path:"/tilbud",label:()=>O("nav.offers")},{path:"/afventer",label:()=>O("nav.pending")},{path:"/opfoelgning",label:()=>O("nav.followUp")},{path:"/ledige-tider",label:()=>O("nav.freeTimes")},{path:"/soeg",label:()=>O("nav.search")},{path:"/forbindelser",label:()=>O("nav.connections")},{path:"/admin",label:()=>O("nav.admin"),roles:["admin"]}],zt={path:"",title:()=>O("notFound.title"),render:t=>{L(c`<h1>${O("notFound.title")}</h1><p>${O("notFound.body")}</p><p><a href="/">${O("notFound.front")}</a></p>`,t.main)}};function xt(t){return t==="/"?"/":"/"+t.split("/")[1]}function Gt(t,e,n,r){let o=Bt.filter(s=>Ge.some(a=>a.path===s.path&&(!a.roles||a.roles.includes(t.role)))&&(!s.roles||s.roles.includes(t.role)));L(c`<header class="header">
        <div class="portal-info">
          <div class="portal-info-inner container">
            <a href="/" class="planner-logo">Planner</a>
            <div class="portal-user">
              <p class="user">${t.name}, ${O(`role.${t.role}`)} · ${t.jobcenter}</p>
              <button class="function-link" type="button" lang=${V()==="da"?"en":"da"} @click=${r}>${O("lang.other")}</button>
              <form method="post" action="/logout" class="d-inline">
                <input type="hidden" name="_csrf" .value=${t.csrf??""} />
                <button class="function-link" type="submit">${O("signout")}</button>
              </form>
            </div>
          </div>
        </div>
        <div class="navigation-menu">
          <div class="navigation-menu-inner container">
            <nav class="nav" aria-label=${O("nav.label")}>
              <ul class="mainmenu">
                ${o.map(s=>c`<li class=${xt(e)===s.path?"active current":""}>
                      <a href=${s.path} class="nav-link" aria-current=${xt(e)===s.path?"page":"false"}><span>${s.label()}</span></a>
                    </li>`)}
              </ul>
            </nav>
          </div>
        </div>
      </header>`,n)}async function Wt(){let t=document.getElementById("app"),e=await M("/api/session");st(e.csrf??""),document.documentElement.lang=V(),t.replaceChildren();let n=document.createElement("div"),r=document.createElement("main");r.id="main-content",r.className="container page-container";let o=document.createElement("div");o.id="announce",o.className="sr-only",o.setAttribute("aria-live","polite"),t.append(n,r,o);let s=location.pathname,a=()=>Gt(e,s,n,l),d=new Re(Ge,e,r,zt,p=>{s=p,a()});function l(){nt(V()==="da"?"en":"da"),d.show(!1)}await d.show(!1)}Wt();
